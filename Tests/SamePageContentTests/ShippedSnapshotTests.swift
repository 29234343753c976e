import Foundation
import SamePageContent
import SamePageCore
import SamePageShipped
import Testing

/// The built-in copy of the shipped content (`ShippedContent`, made at build time by the EmbedContent
/// plugin): there for every shipped language, equal to reading the YAML, and never used for a folder that
/// differs by a byte.
@Suite("The shipped content, built in")
struct ShippedSnapshotTests {
    static func files(in folder: String) throws -> [(name: String, data: Data)] {
        try (ContentLoader.fileNames + [ContentLoader.samplesFile]).compactMap { name in
            let path = folder + "/" + name
            return FileManager.default.fileExists(atPath: path) ? (name, try Data(contentsOf: URL(fileURLWithPath: path))) : nil
        }
    }

    @Test("each shipped language's folder gets its built-in copy, equal to what reading its YAML gives")
    func sameContent() throws {
        for folder in ContentSets.folders(in: shippedFolder) {
            let builtIn = try #require(ShippedContent.matching(try Self.files(in: folder)), "\(folder)")
            #expect(builtIn == (try ContentLoader.load(from: folder)))
            #expect(try ContentLoader.load(from: folder, builtIn: ShippedContent.matching) == builtIn)
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
        #expect(try ContentLoader.load(from: folder, builtIn: ShippedContent.matching).readiness.items.first?.text == changed)

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
        #expect(try ContentLoader.load(from: folder, builtIn: ShippedContent.matching).samples.isEmpty)
    }
}
