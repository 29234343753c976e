import Foundation
@testable import SamePageContent
import SamePageCore
import Testing

/// The built-in copy of the shipped content (`ShippedContent`): current, equal to reading the YAML, and
/// never used for a folder that differs by a byte. `make snapshot` runs `current` with
/// SAMEPAGE_WRITE_SNAPSHOT=1 to write it again after content/ changes.
@Suite("The shipped content, built in")
struct ShippedSnapshotTests {
    static let generated = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/SamePageContent/Shipped/ShippedContent+Value.swift").standardized.path

    static func files(in folder: String) throws -> [(name: String, data: Data)] {
        try (ContentLoader.fileNames + [ContentLoader.samplesFile]).compactMap { name in
            let path = folder + "/" + name
            return FileManager.default.fileExists(atPath: path) ? (name, try Data(contentsOf: URL(fileURLWithPath: path))) : nil
        }
    }

    /// The Swift file `make snapshot` writes: for each language's set, its files and the content read from them.
    static func source() throws -> String {
        let folders = ContentSets.folders(in: shippedFolder)
        var sets = "", functions = ""
        for (index, folder) in folders.enumerated() {
            let content = try ContentLoader.load(from: folder, builtIn: false)
            let record = try files(in: folder).sorted { $0.name < $1.name }.map { file in
                "            File(name: \(SwiftSource.literal(file.name)), bytes: \(SwiftSource.literal(String(decoding: file.data, as: UTF8.self)))),\n"
            }.joined()
            sets += "        Set(files: [\n\(record)        ], content: set\(index)),\n"
            functions += """

                /// \(PathText.lastComponent(folder)): the set in \(content.interface.language).
                @Sendable static func set\(index)() -> Content {
                    \(SwiftSource.of(content, indent: "        "))
                }

            """
        }
        return """
            // Written by `make snapshot` from content/: do not edit. The shipped content, already read and checked,
            // used only for a folder whose files are byte for byte these (see ShippedContent.swift).
            import SamePageCore

            extension ShippedContent {
                static let sets: [Set] = [
            \(sets)    ]
            \(functions)}

            """
    }

    @Test("the built-in copy is current with content/ (`make snapshot` writes it again)")
    func current() throws {
        let expected = try Self.source()
        if ProcessInfo.processInfo.environment["SAMEPAGE_WRITE_SNAPSHOT"] == "1" {
            try expected.write(toFile: Self.generated, atomically: true, encoding: .utf8)
            return
        }
        let written = try String(contentsOfFile: Self.generated, encoding: .utf8)
        #expect(written == expected, "content/ changed since the built-in copy was made: run `make snapshot`")
    }

    @Test("each shipped language's folder gets its built-in copy, equal to what reading its YAML gives")
    func sameContent() throws {
        for folder in ContentSets.folders(in: shippedFolder) {
            let builtIn = try #require(ShippedContent.matching(try Self.files(in: folder)), "\(folder)")
            #expect(builtIn == (try ContentLoader.load(from: folder, builtIn: false)))
            #expect(try ContentLoader.load(from: folder) == builtIn)
        }
    }

    @Test("a folder that differs by one byte, or by a file, is read from its own files")
    func otherContent() throws {
        let folder = NSTemporaryDirectory() + "samepage-snapshot-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: shippedFolder, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ShippedContent.matching(try Self.files(in: folder)) != nil, "the copy starts the same")

        let questions = folder + "/questions.yaml"
        let original = try String(contentsOfFile: questions, encoding: .utf8)
        let first = try #require(ContentLoader.load(from: folder).readiness.items.first?.text)
        // One letter, same length: the size alone cannot tell.
        let changed = first.replacingOccurrences(of: "a", with: "o")
        try original.replacingOccurrences(of: first, with: changed).write(toFile: questions, atomically: true, encoding: .utf8)
        #expect(ShippedContent.matching(try Self.files(in: folder)) == nil)
        #expect(try ContentLoader.load(from: folder).readiness.items.first?.text == changed)

        // Every letter's case changed alone, and pairs of them eight bytes apart (which a hash of whole
        // words can let cancel out): none of these files is taken for the shipped one.
        let others = try Self.files(in: shippedFolder).filter { $0.name != "questions.yaml" }
        let bytes = Array(original.utf8)
        let letters = bytes.indices.filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[$0]) }
        var taken: [[Int]] = []
        for index in letters {
            for changes in [[index], [index, index + 8]] where changes.allSatisfy(letters.contains) {
                var edited = bytes
                for change in changes { edited[change] -= 32 }
                if ShippedContent.matching([("questions.yaml", Data(edited))] + others) != nil { taken.append(changes) }
            }
        }
        #expect(letters.count > 1000)
        #expect(taken.isEmpty, "\(taken.prefix(3))")

        try original.write(toFile: questions, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/" + ContentLoader.samplesFile)
        #expect(ShippedContent.matching(try Self.files(in: folder)) == nil)
        #expect(try ContentLoader.load(from: folder).samples.isEmpty)
    }
}
