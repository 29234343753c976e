import Foundation
import SamePageCore
import SamePageViews
import SamePageFiles
import Testing

/// Answers files written by an attacker, or damaged on the way: each is refused in one sentence, none is
/// scored, none hangs, and no message carries the file's own control characters.
@Suite("Hostile answers files")
struct HostileAnswerFileTests {
    let content = AnswerFileTests().content

    func write(_ text: String) throws -> String {
        let path = try AnswerFileTests().scratch() + "/answers.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func file(answers: String, name: String = "\"A\"", id: String = "test", fingerprint: String? = nil) -> String {
        let print = fingerprint ?? content.identity.fingerprint
        return
            #"{"format": "samepage-answers", "version": 1, "name": \#(name), "content": {"id": "\#(id)", "version": 1, "fingerprint": "\#(print)"}, "answers": \#(answers)}"#
    }

    func refusal(_ path: String) -> String? {
        do {
            _ = try AnswerFile.load(path, content: content)
            return nil
        } catch {
            return error.sentence(english)
        }
    }

    @Test("a whole file is accepted, skips saved as 0")
    func whole() throws {
        let sheet = try AnswerFile.load(try write(file(answers: #"{"r1": 4, "r2": 0}"#)), content: content)
        #expect(sheet.answers == ["r1": .level(4), "r2": .preferNot])
    }

    @Test(
        "a missing item, or no answers at all, is refused: it would be scored as skipped",
        arguments: [
            #"{"r1": 4}"#, "{}",
        ])
    func missingItem(answers: String) throws {
        let path = try write(file(answers: answers))
        #expect(
            refusal(path)
                == "\(path) has no answer for '\(answers == "{}" ? "r1" : "r2")' (a skipped question is saved as 0), so it was edited or damaged and cannot be scored."
        )
    }

    @Test(
        "a key that repeats is refused, however it is spelled",
        arguments: [
            #"{"r1": 4, "r2": 1, "r2": 5}"#, #"{"r1": 4, "r2": 1, "\u0072\u0032": 5}"#,
        ])
    func repeatedKey(answers: String) throws {
        let path = try write(file(answers: answers))
        #expect(refusal(path) == "\(path) has the key 'r2' twice, so it was edited or damaged and cannot be scored.")
        let twoNames = try write(
            file(answers: #"{"r1": 4, "r2": 1}"#).replacingOccurrences(of: #""name": "A""#, with: #""name": "A", "name": "B""#))
        #expect(refusal(twoNames)?.contains("has the key 'name' twice") == true)
    }

    @Test("a file over 1 MB is refused before it is read, even when it is otherwise valid")
    func tooLarge() throws {
        let padding = String(repeating: " ", count: AnswerFile.largestFile)
        let path = try write(file(answers: #"{"r1": 4, "r2": 1}"#) + padding)
        #expect(refusal(path) == "\(path) is larger than 1 MB, so it is not a samepage answers file; it was not read.")
        let longName = try write(file(answers: #"{"r1": 4, "r2": 1}"#, name: "\"" + String(repeating: "a", count: 2_000_000) + "\""))
        #expect(refusal(longName)?.contains("larger than 1 MB") == true)
    }

    @Test("a named pipe is refused at once instead of waiting for a writer")
    func namedPipe() throws {
        let path = try AnswerFileTests().scratch() + "/pipe.json"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(refusal(path) == "\(path) is not a regular file, so it was not read.")
        #expect(refusal("/dev/zero") == "/dev/zero is not a regular file, so it was not read.")
    }

    @Test(
        "text quoted from the file in a refusal is made safe",
        arguments: [
            "\\u001b]0;owned\\u0007", "\\u001b]52;c;aGk=\\u0007", "\\u009b2J", "\\u202eevil",
        ])
    func quotedText(sequence: String) throws {
        let foreignID = try write(file(answers: "{}", id: "x\(sequence)", fingerprint: "0000000000000000"))
        let unknownKey = try write(file(answers: "{\"r1\": 1, \"r2\": 1, \"k\(sequence)\": 1}"))
        for path in [foreignID, unknownKey] {
            let message = try #require(refusal(path))
            #expect(!message.unicodeScalars.contains(where: SafeText.isUnsafe), "\(message.debugDescription)")
        }
    }

    @Test("a name full of escape sequences and combining marks loads clean and short")
    func hostileName() throws {
        let marks = String(repeating: "\\u0301", count: 10_000)
        let path = try write(file(answers: #"{"r1": 4, "r2": 1}"#, name: "\"\\u001b]0;t\\u0007S\(marks)am\\u202e\""))
        let sheet = try AnswerFile.load(path, content: content)
        #expect(!sheet.name.unicodeScalars.contains(where: SafeText.isUnsafe))
        #expect(sheet.name.utf8.count <= Names.maximumBytes)
        #expect(sheet.name.unicodeScalars.starts(with: "]0;tS".unicodeScalars), "the letter under the marks is kept")
    }

    @Test("raw C1 bytes and bytes that are not UTF-8 never reach a name or a message")
    func rawBytes() throws {
        let text = file(answers: #"{"r1": 4, "r2": 1}"#, name: "\"SamX\"")
        var bytes = Array(text.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "X"))!
        bytes.replaceSubrange(at...at, with: [0x9B, 0x32, 0x4A, 0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80])
        let path = try AnswerFileTests().scratch() + "/raw.json"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            let sheet = try AnswerFile.load(path, content: content)
            #expect(!sheet.name.unicodeScalars.contains(where: SafeText.isUnsafe), "\(sheet.name.debugDescription)")
        } catch {
            #expect(
                !error.sentence(english).unicodeScalars.contains(where: SafeText.isUnsafe), "\(error.sentence(english).debugDescription)")
        }
    }
}
