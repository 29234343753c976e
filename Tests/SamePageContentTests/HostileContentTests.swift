import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// Content edited by hand, and content written to attack: one slip gives one message with a hint, and no
/// text from a content file reaches the screen, a message or a report with a control character in it.
@Suite("Hand-edited and hostile content")
struct HostileContentTests {
    /// The shipped content with one file changed in memory; the issues found, or none.
    func issues(_ file: String, _ change: (String) -> String) throws -> [ContentIssue] {
        let files = try shipped(file, change)
        do {
            _ = try ContentLoader.load(files, directory: "content")
            return []
        } catch {
            return error.issues
        }
    }

    func shipped(_ file: String, _ change: (String) -> String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in ContentLoader.fileNames + [ContentLoader.samplesFile] {
            let text = try String(contentsOfFile: shippedFolder + "/" + name, encoding: .utf8)
            files[name] = Data((name == file ? change(text) : text).utf8)
        }
        return files
    }

    /// The first line of `file` holding `fragment`, changed by `change`.
    func changeLine(holding fragment: String, _ change: @escaping (String) -> String) -> (String) -> String {
        { text in
            var lines = text.components(separatedBy: "\n")
            if let index = lines.firstIndex(where: { $0.contains(fragment) }) { lines[index] = change(lines[index]) }
            return lines.joined(separator: "\n")
        }
    }

    /// One slip: the line holding `fragment` gets `before` in front, loses `drop` characters, gains `after`.
    struct Slip: Sendable, CustomStringConvertible {
        var file: String, fragment: String, before = "", drop = 0, after = "", hint: String
        var description: String { "\(file): \(hint)" }
    }

    @Test(
        "a YAML slip gives its one message, with a hint, and nothing else",
        arguments: [
            Slip(file: "questions.yaml", fragment: "text: I would be willing", after: " Or: not.", hint: "must be in quotes"),
            Slip(file: "meta.yaml", fragment: "title:", before: "\t", hint: "spaces, not tabs"),
            Slip(file: "questions.yaml", fragment: "text: I would be willing", drop: 1, hint: "indented like the lines around it"),
            Slip(file: "pairing.yaml", fragment: "ready:", before: " ", hint: "indented like the lines around it"),
        ])
    func oneSlip(slip: Slip) throws {
        let found = try issues(slip.file, changeLine(holding: slip.fragment) { slip.before + $0.dropFirst(slip.drop) + slip.after })
        #expect(found.count == 1, "\(found.map(\.description).joined(separator: "\n"))")
        #expect(found.first?.file.hasSuffix(slip.file) == true)
        #expect(found.first?.message.contains(slip.hint) == true, "\(found.first?.message ?? "")")
    }

    @Test("no message shows an empty list or a range that only exists because another file failed")
    func noFalseMessages() throws {
        let found = try issues("questions.yaml") { _ in "readiness: [" }
        #expect(found.count == 1)
        for issue in found {
            #expect(!issue.message.contains("are ."))
            #expect(!issue.message.contains("from 1 to 1."))
        }
    }

    @Test(
        "escape sequences in content text never survive loading",
        arguments: [
            "\\e]0;owned\\a", "\\e]52;c;aGk=\\a", "\\e[2J", "\\x9b2J", "\\u202Eevil", "\\ePq\\e\\\\",
        ])
    func escapesInText(sequence: String) throws {
        let content = try ContentLoader.load(
            try shipped(
                "questions.yaml",
                changeLine(holding: "text: I think a good therapist") { _ in
                    "      text: \"Ready \(sequence) now\""
                }), directory: "content")
        let text = content.readiness.items[0].text
        #expect(!text.unicodeScalars.contains(where: SafeText.isUnsafe), "\(text.debugDescription)")
        #expect(text.hasPrefix("Ready ") && text.hasSuffix(" now"))
    }

    @Test("a key or value quoted in a message is made safe")
    func quotedInMessages() throws {
        let found = try issues("meta.yaml") { $0 + "\n\"\\e]0;owned\\a\\x9b\": 1\n" }
        #expect(found.count == 1)
        for issue in found {
            #expect(!issue.description.unicodeScalars.contains(where: SafeText.isUnsafe), "\(issue.description.debugDescription)")
            #expect(issue.description.contains("␛]0;owned␇"))
        }
    }
}

@Suite("Content files that are not files")
struct ContentFileKindTests {
    @Test("a named pipe or a folder in place of a content file is refused at once, without waiting")
    func notRegular() throws {
        let folder = try MinimalContent.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.removeItem(atPath: folder + "/meta.yaml")
        #expect(mkfifo(folder + "/meta.yaml", 0o600) == 0)
        try FileManager.default.removeItem(atPath: folder + "/scale.yaml")
        try FileManager.default.createDirectory(atPath: folder + "/scale.yaml", withIntermediateDirectories: false)
        do {
            _ = try ContentLoader.load(from: folder)
            Issue.record("the content loaded")
        } catch {
            let messages = error.issues.map(\.description)
            #expect(messages.contains("\(folder)/meta.yaml: this is not a regular file, so it was not read."), "\(messages)")
            #expect(messages.contains("\(folder)/scale.yaml: this is a folder, not a file."), "\(messages)")
        }
    }
}

@Suite("YAML that grows without end")
struct AliasBombTests {
    /// Ten anchors, each a list of ten aliases to the one before: 10^10 values once expanded.
    static let bomb: String = {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n? *a9\n: 1\n"
    }()

    @Test("aliases that expand to billions of values are refused at once, not expanded")
    func billionLaughs() throws {
        var files: [String: Data] = [:]
        for name in ContentLoader.fileNames {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: shippedFolder + "/" + name))
        }
        files["scale.yaml"] = Data(Self.bomb.utf8)
        let clock = ContinuousClock()
        let started = clock.now
        do {
            _ = try ContentLoader.load(files, directory: "x")
            Issue.record("the content loaded")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "x/scale.yaml:5: this uses aliases (*name) that grow to more than 100,000 values; content needs no aliases."
                ])
        }
        #expect(clock.now - started < .seconds(5))
    }
}
