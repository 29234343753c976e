import TestSupport
import Foundation
import SamePageCore
import SamePageViews
import SamePageFiles
import Testing

@Suite("Saved answers files")
struct AnswerFileTests {
    let readiness = Section(
        id: "readiness", name: "Readiness", about: "R", items: [Item(id: "r1", text: "T"), Item(id: "r2", text: "T", reverse: true)])
    var content: Content {
        Content(
            texts: Texts(
                title: "T", minutes: 1, welcome: "W", privacy: "P", disclaimer: "D", resultsIntro: "R", soloResultsIntro: "S",
                notEnough: "N"),
            scale: Scale(choices: ["1", "2", "3", "4", "5"], preferNot: "0"),
            readiness: readiness, themes: [],
            checkIn: CheckIn(
                intro: "I", frequencyChoices: ["N", "O", "S", "F", "U"],
                items: [CheckInItem(id: "checkin-safe", text: "Safe", scale: .agree)],
                support: SupportWords(title: "S", text: "S", note: "N"), emergency: "E",
                shared: SharedSafety(title: "T", text: "T"), regions: [:], resources: []),
            thresholds: Thresholds(
                notNow: 40, ready: 65, closeGap: 15, wideGap: 25, themeHigh: 55,
                topThemes: 1, minReadinessAnswers: 1, minThemeAnswers: 1),
            pairings: [], cards: [], interface: InterfaceText(texts: [:], language: "en"),
            identity: ContentIdentity(id: "test", version: 1, sections: [readiness])
        )
    }

    func scratch() throws -> String {
        try ScratchFolder.make("samepage-files")
    }

    @Test("a round trip keeps the name and every answer, in a file only the user can read")
    func roundTrip() throws {
        let path = try scratch() + "/kim.json"
        let sheet = AnswerSheet(name: "Kim Zoë 🌱", answers: ["r1": .level(4), "r2": .preferNot])
        try AnswerFile.save(sheet, identity: content.identity, to: path)
        #expect(try AnswerFile.load(path, content: content) == sheet)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"format\": \"samepage-answers\""))
        #expect(text.contains("\"version\": 1"))
        #expect(!text.contains("checkin"), "the check-in has no place in an answers file")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["kim.json"], "no temporary file is left behind")
    }

    @Test("an existing file is never overwritten")
    func noOverwrite() throws {
        let path = try scratch() + "/kept.json"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FileProblem.exists(path)) {
            try AnswerFile.save(AnswerSheet(name: "A"), identity: content.identity, to: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious")
    }

    @Test("a folder that cannot be written to gives one sentence")
    func unwritable() throws {
        #expect(throws: FileProblem.cannotWrite("/nonexistent/folder/a.json", ENOENT)) {
            try AnswerFile.save(AnswerSheet(name: "A"), identity: content.identity, to: "/nonexistent/folder/a.json")
        }
        #expect(FileProblem.cannotWrite("/x/a.json", ENOENT).sentence(english) == "Could not save /x/a.json: No such file or directory.")
    }

    @Test(
        "missing, corrupt, foreign, newer and mismatched files are refused, each in one sentence",
        arguments: [
            ("", "is empty, not a samepage answers file."),
            ("{\"format\": \"samepage-answers\", \"vers", "is not a samepage answers file (it is not valid JSON of that form)."),
            ("[1, 2, 3]", "is not a samepage answers file (it is not valid JSON of that form)."),
            (
                "{\"format\": \"something-else\", \"version\": 1}",
                "is not a samepage answers file (its \"format\" is not \"samepage-answers\")."
            ),
            (
                "{\"format\": \"samepage-answers\", \"version\": 7}",
                "was saved by a newer samepage (version 7); update samepage to read it."
            ),
            (
                "{\"format\": \"samepage-answers\", \"version\": 1, \"name\": \"A\"}",
                "is damaged: its name, content or answers are missing or not whole numbers from 0 to 5."
            ),
            (
                #"{"format": "samepage-answers", "version": 1, "name": "A", "content": {"id": "test", "version": 1, "fingerprint": "FP"}, "answers": {"r1": 9}}"#,
                "has the answer 9 for 'r1'; answers are whole numbers from 0 to 5 (6 where a question does not apply)."
            ),
            (
                #"{"format": "samepage-answers", "version": 1, "name": "A", "content": {"id": "test", "version": 1, "fingerprint": "FP"}, "answers": {"zz": 1}}"#,
                "has an answer for 'zz', which is not a question in the content in use."
            ),
            (
                #"{"format": "samepage-answers", "version": 1, "name": "A", "content": {"id": "test", "version": 1, "fingerprint": "FP"}, "answers": {"r1": "4"}}"#,
                "is damaged: its name, content or answers are missing or not whole numbers from 0 to 5."
            ),
            (
                #"{"format": "samepage-answers", "version": 1, "name": "A", "content": {"id": "other", "version": 3, "fingerprint": "0000000000000000"}, "answers": {}}"#,
                "was made with different questions ('other') than the content in use, so it cannot be scored with it."
            ),
        ])
    func refused(text: String, message: String) throws {
        let path = try scratch() + "/bad.json"
        let body = text.replacingOccurrences(of: "FP", with: content.identity.fingerprint)
        try Data(body.utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try AnswerFile.load(path, content: content)
            Issue.record("the file was read")
        } catch {
            guard case .invalid(let named, _) = error else { Issue.record("\(error)"); return }
            #expect(named == path)
            #expect(error.sentence(english) == "\(path) \(message)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == body, "a refused file is left as it was")
    }

    @Test("a file that does not exist is named")
    func missing() {
        #expect(throws: FileProblem.missing("/nonexistent/a.json")) { try AnswerFile.load("/nonexistent/a.json", content: content) }
        #expect(FileProblem.missing("/nonexistent/a.json").sentence(english) == "/nonexistent/a.json does not exist.")
    }

    @Test("replacing atomically swaps the whole file and keeps it private")
    func atomicReplace() throws {
        let path = try scratch() + "/state.json"
        try SafeFile.write("one", to: path, replace: .atomically)
        try SafeFile.write("two", to: path, replace: .atomically)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }
}
