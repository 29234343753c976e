import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import SamePagePlain
import Testing
import TestSupport

/// What line-by-line mode says about files, held against what it asks the front end to write.
@Suite("Plain mode: keeping your place")
struct PlainKeepingTests {
    let content = Shipped.english
    var count: Int { content.questions.count }

    /// Runs a solo session that may keep progress; `failing` makes every write fail with that cause.
    func run(_ lines: [String], failing: String? = nil) -> (PlainOutcome, Transcript, [ProgressChange]) {
        let transcript = Transcript(lines)
        var changes: [ProgressChange] = []
        var session = PlainSession(content: content, io: transcript.io, keeping: .possible(path: "~/state/progress.json"))
        let outcome = session.run(
            mode: .solo,
            onProgress: { change in
                changes.append(change)
                return failing
            })
        return (outcome, transcript, changes)
    }

    @Test("it says where it keeps your place and asks first; Enter keeps it, n keeps nothing")
    func asksFirst() {
        let (_, kept, keptChanges) = run(["", "Kim", "1", "4", "q", "k"])
        #expect(
            kept.output.replacingOccurrences(of: "\n", with: " ").contains(
                "If you keep your place, your answers are kept in ~/state/progress.json until you reach the results or discard them. Anyone who uses this computer account, including a partner, can open that file."
            ))
        #expect(kept.output.contains("Keep your place? Type y to keep it (or press Enter), or n to keep nothing:"))
        #expect(
            keptChanges.contains { if case .keep(let progress) = $0 { return progress.sheets[0].answers.count == 1 } else { return false } }
        )

        let (outcome, nothing, nothingChanges) = run(["n", "Kim", "1", "4", "q", "y"])
        guard case .quit = outcome else { Issue.record("expected quit: \(outcome)"); return }
        #expect(
            nothing.output.replacingOccurrences(of: "\n", with: " ").contains(
                "Nothing is written to disk. If you quit or are interrupted, your answers are gone."))
        #expect(nothing.output.contains("Quit now? Nothing will be kept."))
        #expect(nothingChanges.isEmpty, "keeping nothing asks for no write at all")
    }

    @Test("a couple keeps nothing unless they type y: Enter keeps nothing; y keeps their place")
    func coupleDefault() {
        for (typed, keeps) in [("", false), ("y", true), ("n", false)] {
            let transcript = Transcript(["1", typed, "Alex", "Sam", "", "4"])
            var changes: [ProgressChange] = []
            var session = PlainSession(content: content, io: transcript.io, keeping: .possible(path: "~/state/progress.json"))
            _ = session.run(
                mode: nil,
                onProgress: {
                    changes.append($0); return nil
                })
            #expect(transcript.output.contains("Keep your place? Type y to keep it, or n to keep nothing (or press Enter):"))
            #expect(changes.isEmpty == !keeps, "\(typed.debugDescription) → \(keeps ? "kept" : "nothing kept")")
        }
    }

    @Test("a failed write is said at once, once, and quitting no longer offers to keep")
    func failedWrite() {
        let (_, transcript, _) = run(["", "Kim", "1", "4", "4", "q", "d", "q", "y"], failing: "No space left on device")
        let notes = transcript.output.components(separatedBy: "(Your place is not being kept: No space left on device.)").count - 1
        #expect(notes == 1)
        let first = transcript.output.range(of: "(Your place is not being kept")!.lowerBound
        let question2 = transcript.output.range(of: "Question 2 of")!.lowerBound
        #expect(first < question2, "said before the next question, not at the end")
        // The question wraps at 80 columns, as every sentence of this mode does.
        let quit = transcript.output[transcript.output.range(of: "Quit now?")!.lowerBound...]
        let question = quit[..<(quit.range(of: "go on:")?.upperBound ?? quit.endIndex)]
        #expect(question.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(question)")
        #expect(
            transcript.output.replacingOccurrences(of: "\n", with: " ")
                .contains("Quit now? Your answers could not be kept (No space left on device). Type y to quit"))
        #expect(!transcript.output.contains("Type k to keep"))
    }
}
