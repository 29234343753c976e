import Foundation
import SamePageContent
import Testing

@Suite("Broken content is refused with file, line and one sentence")
struct BrokenContentTests {
    /// Loads the fixture with one change and returns its issues (none means it loaded).
    func issues(_ file: String, _ change: @escaping (String) -> String) throws -> [ContentIssue] {
        try MinimalContent.issues(changing: file, change)
    }

    /// One broken case: the file to change, the text to replace and its replacement, where the issue should
    /// be reported (the line holding `at` in the original file) and words the message must contain.
    struct Case: CustomStringConvertible, Sendable {
        var file: String
        var replace: String
        var with: String
        var at: String
        var message: String
        var description: String { "\(file): \(replace) → \(with)" }
    }

    @Test("the minimal fixture itself is valid")
    func fixtureLoads() throws {
        #expect(try issues("meta.yaml") { $0 } == [])
    }

    @Test(
        "each mistake is named at its place",
        arguments: [
            Case(
                file: "questions.yaml", replace: "id: b2", with: "id: b1", at: "id: b2",
                message: "the id 'b1' is already used at questions.yaml:17"),
            Case(
                file: "checkin.yaml", replace: "id: safe", with: "id: r1", at: "id: safe",
                message: "the id 'r1' is already used at questions.yaml:5"),
            Case(
                file: "cards.yaml", replace: "theme: blame", with: "theme: shame", at: "theme: blame",
                message: "names the theme 'shame', which questions.yaml does not define"),
            Case(
                file: "cards.yaml", replace: "pairing: ready-together", with: "pairing: all-set", at: "pairing: ready-together",
                message: "names the pairing label 'all-set', which pairing.yaml does not define"),
            Case(
                file: "questions.yaml", replace: "      - id: b3\n        text: Blame three.\n", with: "", at: "- id: b1",
                message: "the theme 'blame' has 2 items; it needs at least 3"),
            Case(
                file: "pairing.yaml", replace: "ready: 65", with: "ready: 30", at: "ready: 65",
                message: "the thresholds are out of order: 'ready' (30) must be above 'not_now' (40)"),
            Case(
                file: "pairing.yaml", replace: "wide_gap: 25", with: "wide_gap: 10", at: "wide_gap: 25",
                message: "'wide_gap' (10) must be above 'close_gap' (15)"),
            Case(
                file: "pairing.yaml", replace: "theme_high: 55", with: "theme_high: 45", at: "theme_high: 55",
                message: "'theme_high' (45) must be above 'middle' (50)"),
            Case(
                file: "questions.yaml", replace: "        reverse: true\n", with: "", at: "- id: b1",
                message: "the theme 'blame' has no reverse-keyed item"),
            Case(
                file: "questions.yaml", replace: "text: It could help.", with: "text: \"  \"", at: "text: It could help.",
                message: "'text' in an item of the readiness section is empty"),
            Case(
                file: "questions.yaml", replace: "  name: Readiness", with: "  name: [Readiness", at: "about: How ready.",
                message: "this is not valid YAML"),
            Case(
                file: "questions.yaml", replace: "      reverse: true", with: "      revers: true", at: "revers",
                message: "'revers' is not a field of an item of the readiness section"),
            Case(
                file: "meta.yaml", replace: "version: 1", with: "version: one", at: "version: 1",
                message: "'version' in meta.yaml should be a whole number from 1 to 1000000"),
            Case(
                file: "pairing.yaml", replace: "when: any", with: "when: close", at: "- id: different-paces",
                message: "the last pairing label must have 'when: any'"),
            Case(
                file: "pairing.yaml", replace: "when: both-ready", with: "when: both-keen", at: "when: both-ready",
                message: "'both-keen' is not a known value for 'when' in a pairing label; use one of 'both-ready'"),
            Case(
                file: "scale.yaml", replace: "  - Not sure\n", with: "", at: "- Strongly disagree",
                message: "'choices' should list exactly five labels"),
            Case(
                file: "questions.yaml", replace: "id: r1", with: "id: R 1", at: "id: r1",
                message: "'R 1' is not a usable id"),
            Case(
                file: "cards.yaml", replace: "for: partner", with: "for: couple", at: "theme: blame",
                message: "uses 'theme', which needs a card for one person, not 'couple'"),
            Case(
                file: "questions.yaml", replace: "  name: Readiness", with: "\tname: Readiness", at: "name: Readiness",
                message: "this is not valid YAML"),
        ])
    func mistake(_ broken: Case) throws {
        #expect(MinimalContent.files[broken.file]!.contains(broken.replace), "the case must change something")
        let found = try issues(broken.file) { $0.replacingOccurrences(of: broken.replace, with: broken.with) }
        let line = MinimalContent.line(of: broken.at, in: broken.file)
        let issue = try #require(found.first { $0.message.contains(broken.message) }, "\(found)")
        #expect(issue.file.hasSuffix("/" + broken.file))
        #expect(issue.line == line, "\(issue)")
        #expect(issue.description.hasPrefix("\(issue.file):\(line)"))
    }

    @Test("a missing file is named")
    func missingFile() throws {
        let folder = try MinimalContent.folder()
        try FileManager.default.removeItem(atPath: folder + "/cards.yaml")
        #expect(throws: ContentErrors.self) { try ContentLoader.load(from: folder) }
        do { _ = try ContentLoader.load(from: folder) } catch {
            #expect(error.issues.map(\.description) == ["\(folder)/cards.yaml: this file is missing."])
        }
    }

    @Test("bytes that are not UTF-8 are refused in one sentence")
    func notUTF8() throws {
        let folder = try MinimalContent.folder()
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: folder + "/meta.yaml"))
        do {
            _ = try ContentLoader.load(from: folder)
            Issue.record("content with invalid bytes loaded")
        } catch {
            #expect(error.issues.map(\.message) == ["this file is not UTF-8 text; save it again as UTF-8."])
        }
    }

    @Test("a byte-order mark at the start is accepted")
    func byteOrderMark() throws {
        #expect(try issues("meta.yaml") { "\u{FEFF}" + $0 } == [])
    }

    @Test("a folder that is not there, or a file instead of a folder, is one clear sentence")
    func notAFolder() throws {
        for (path, message) in [
            ("/nonexistent/samepage", "there is no content folder here."), ("/etc/hostname", "this is a file, not a content folder."),
        ] {
            do {
                _ = try ContentLoader.load(from: path)
                Issue.record("\(path) loaded")
            } catch {
                #expect(error.issues.map(\.description) == ["\(path): \(message)"])
            }
        }
    }

    @Test("every mistake in a folder is reported, not only the first")
    func several() throws {
        let found = try issues("questions.yaml") {
            $0.replacingOccurrences(of: "id: b2", with: "id: b1").replacingOccurrences(of: "revers", with: "reverz")
        }
        // The repeated id, 'reverz' on both reverse items, and so a theme with no reverse-keyed item.
        #expect(found.count == 4, "\(found)")
    }
}
