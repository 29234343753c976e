import Foundation
import Testing
import SamePageContent
import SamePageCore
import SamePageViews

/// The shipped content, for scripts that answer every question: counts come from it, never a number
/// written into a test, so a change of questions cannot leave a script one line short.
enum Shipped {
    static let content: Content = {
        // The tests cannot run without the shipped content; a broken one fails every test that uses it.
        (try? ContentLoader.load(from: Binary.repository.appendingPathComponent("content").path))!
    }()

    static var questions: Int { content.questions.count }
    /// The answer a script gives to the question that opens a session alone, about the partner ("they know,
    /// and they are open to it"), before the shared questions.
    static let opening = ["1"]
    static var checkIns: Int { content.checkIn.items.count }

    /// After the questions of a line-by-line turn: Enter on the review, "3" to each check-in item, Enter on
    /// the support page, and Enter to skip the guesses.
    static var tail: [String] { [""] + Array(repeating: "3", count: checkIns) + ["", ""] }

    /// A valid answers file for the shipped content, saved by the binary, then renamed inside: `jsonName`
    /// is the text between the name's quotes, as JSON writes it (escapes and all).
    static func answersFile(jsonName: String, code: String, to file: String, in folder: String) throws {
        let lines = ["Temp"] + opening + Array(repeating: code, count: questions) + tail
        let run = try Binary.run(["--solo", "--save", file], input: lines.joined(separator: "\n") + "\n", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let path = folder + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"name\": \"Temp\"", with: "\"name\": \"\(jsonName)\"").utf8)
            .write(to: URL(fileURLWithPath: path))
    }
}
