import FoundationEssentials
import Glibc
import SamePageContent
import SamePageCore
import SamePageFiles

// Run by the EmbedContent build plugin: `ContentEmbedder CONTENT OUTPUT` writes the Swift that holds each
// language's set of CONTENT, its files' exact bytes and the content read from them (see SamePageShipped).
// A set that does not load is left out, never built in: samepage then reads its YAML and reports the mistake
// with its file and line, as for any other folder.

func fail(_ message: String, status: Int32) -> Never {
    let line = "ContentEmbedder: " + message + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
    exit(status)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: ContentEmbedder CONTENT-FOLDER OUTPUT.swift", status: 64) }
let (root, output) = (arguments[1], arguments[2])

var sets = "", functions = "", index = 0
for folder in ContentSets.folders(in: root) {
    let loaded = folder == root ? try? ContentLoader.load(from: folder) : try? ContentSets.load(translation: folder)
    guard let content = loaded else { continue }
    let files = (ContentLoader.fileNames + [ContentLoader.samplesFile]).sorted().compactMap { name -> String? in
        guard let data = try? FileBytes.read(PathText.joined(folder, name), largest: 1_000_000) else { return nil }
        return
            "            File(name: \(SwiftSource.literal(name)), bytes: \(SwiftSource.literal(String(decoding: data, as: UTF8.self)))),\n"
    }.joined()
    sets += "        Set(files: [\n\(files)        ], content: set\(index)),\n"
    functions += """

            /// \(PathText.lastComponent(folder)): the set in \(content.interface.language).
            @Sendable static func set\(index)() -> Content {
                \(SwiftSource.of(content, indent: "        "))
            }

        """
    index += 1
}

let source = """
    // Made at build time by ContentEmbedder from content/. The shipped content, already read and checked,
    // used only for a folder whose files are byte for byte these (see ShippedContent.swift).
    import SamePageCore

    extension ShippedContent {
        static let sets: [Set] = [
    \(sets)    ]
    \(functions)}

    """

guard let file = fopen(output, "w"), fputs(source, file) >= 0, fclose(file) == 0 else {
    fail("cannot write \(output)", status: 73)
}
