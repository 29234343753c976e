import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing

/// How many keys a couple presses from the welcome screen to their results, counted key by key on the
/// real app with the shipped content: the shortest honest path (names left empty, a calm check-in, the
/// guesses skipped, no past therapy).
@Suite("Keys from the welcome screen to the results")
struct KeyBudgetTests {
    final class Counter {
        var app: App
        var keys = 0
        init(_ content: Content) { app = App(content: content, mode: nil) }
        func press(_ key: Key) {
            keys += 1
            _ = app.handle(.key(key))
        }
        var session: Session? {
            if case .session(let session, _) = app.phase { return session }
            return nil
        }
    }

    @Test("a couple reaches the results in at most 100 keys, in every language", arguments: ["en", "fr"])
    func couple(language: String) throws {
        let content = try #require(RealScreenTests.sets.first { $0.interface.language == language })
        let counter = Counter(content)
        counter.press(.character("1"))
        counter.press(.enter)
        counter.press(.enter)
        var guard_ = 0
        while counter.app.results == nil, guard_ < 500 {
            guard_ += 1
            let session = try #require(counter.session, "still in the session")
            switch session.stage {
            case .question(_, let index):
                // "No" to a gate (no past therapy) sets its theme aside; every other question gets an answer.
                counter.press(.character(session.questions[index].isGate ? "2" : "4"))
            case .checkIn: counter.press(.character("3"))
            case .perceptionOffer: counter.press(.character("s"))
            case .review, .checkInDone, .handOff, .together: counter.press(.enter)
            case .guess, .guessHandOff, .results: Issue.record("unexpected step \(session.stage)"); return
            }
        }
        #expect(counter.app.results != nil)
        #expect(counter.keys <= 100, "\(counter.keys) keys")
        // Each person answers at most 45 questions when every one is asked.
        #expect(content.questions.count <= 45)
    }
}
