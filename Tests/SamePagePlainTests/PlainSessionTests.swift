import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import SamePagePlain
import Testing
import TestSupport

/// Runs a plain session over in-memory lines and collects everything it printed.
final class Transcript {
    var lines: [String]
    var output = ""
    var clears: [Int] = []

    init(_ lines: [String]) { self.lines = lines }

    var io: PlainIO {
        PlainIO(
            readLine: { [self] in lines.isEmpty ? nil : lines.removeFirst() },
            write: { [self] in output += $0 },
            clearScreen: { [self] in clears.append(output.count) }
        )
    }
}

@Suite("Plain mode, line by line")
struct PlainSessionTests {
    let content = Shipped.english
    var count: Int { content.questions.count }

    func answers(_ code: String) -> [String] { Array(repeating: code, count: count) }
    func checkIn(_ code: String) -> [String] { Array(repeating: code, count: content.checkIn.items.count) }

    func run(_ lines: [String], mode: SessionMode?) -> (PlainOutcome, Transcript) {
        let transcript = Transcript(lines)
        var session = PlainSession(content: content, io: transcript.io)
        return (session.run(mode: mode), transcript)
    }

    @Test("a whole couple session reaches results, clearing the screen after each turn")
    func couple() throws {
        let input =
            ["Alex", "Sam", ""] + answers("5") + [""] + checkIn("3") + [""] + [""] + answers("2") + [""] + checkIn("3") + ["", "", ""]
        let (outcome, transcript) = run(input, mode: .couple)
        guard case .finished(let snapshot) = outcome else { Issue.record("not finished: \(outcome)"); return }
        #expect(snapshot.sheets.map(\.name) == ["Alex", "Sam"])
        #expect(snapshot.sheets[0].answers.values.allSatisfy { $0 == .level(5) })
        #expect(snapshot.sheets[1].answers.count == count)
        #expect(transcript.output.contains("\nAlex's turn\n") && !transcript.output.contains("==="), "a heading is its words alone")
        #expect(transcript.output.contains("Alex, press Enter when you are alone."))
        #expect(transcript.output.contains("Sam, press Enter when you are alone."))
        #expect(transcript.clears.count == 3, "cleared at the hand-off, after the second turn, and before the results")
        #expect(transcript.output.contains("Alex and Sam, please sit down together now."))
        #expect(transcript.lines.isEmpty, "every scripted line was used")
    }

    @Test("no prompt repeats an earlier answer: the scale labels only appear in the numbered choices")
    func noEcho() throws {
        let input =
            ["", "", ""] + answers("4") + ["3", "1", ""] + checkIn("3") + [""] + [""] + answers("0") + [""] + checkIn("3") + ["", "", ""]
        let (outcome, transcript) = run(input, mode: .couple)
        guard case .finished = outcome else { Issue.record("not finished: \(outcome)"); return }
        for label in content.scale.choices {
            let lines = transcript.output.split(separator: "\n").filter { $0.contains(label) }
            // A label may stand on the agreement scale and on the check-in's frequency scale, always numbered.
            #expect(lines.allSatisfy { line in (1...5).contains { line == "    \($0)  \(label)" } }, "\(label)")
        }
    }

    @Test("both partners see the same support page; the check-in never reaches the results")
    func privateSupport() throws {
        let concern = content.checkIn.items.map { $0.scale == .agree ? "1" : "4" }
        let calm = content.checkIn.items.map { $0.scale == .agree ? "5" : "1" }
        let input = ["A", "B", ""] + answers("3") + [""] + concern + [""] + [""] + answers("3") + [""] + calm + ["", "", ""]
        let (outcome, transcript) = run(input, mode: .couple)
        guard case .finished(let snapshot) = outcome else { Issue.record("not finished: \(outcome)"); return }
        let output = transcript.output
        let title = content.checkIn.support.title
        #expect(output.components(separatedBy: title).count == 3, "the support page appears for each partner")
        let handOff = try #require(output.range(of: "B, press Enter when you are alone."))
        #expect(output.range(of: title)!.lowerBound < handOff.lowerBound)
        let results =
            ResultsText(results: snapshot.results, content: content).render() + snapshot.results.json(content: content).serialized()
        for item in content.checkIn.items {
            #expect(!results.contains(item.id) && !results.contains(item.text))
        }
        #expect(!results.contains(title))
    }

    @Test("a couple can take the perception round line by line; each guess is set against the real answers")
    func perceptionRound() throws {
        let guesses = content.guessItems.count
        let input =
            ["Alex", "Sam", ""] + answers("5") + [""] + checkIn("3") + [""] + [""] + answers("3") + [""] + checkIn("3") + [""]
            + ["y"] + Array(repeating: "3", count: guesses) + [""] + ["s", ""]
        let (outcome, transcript) = run(input, mode: .couple)
        guard case .finished(let snapshot) = outcome else { Issue.record("not finished: \(outcome)"); return }
        #expect(transcript.output.contains("How do you think Alex answered?"))
        #expect(transcript.output.contains("Alex, press Enter when you are ready."))
        #expect(snapshot.results.perception.isEmpty, "s during the second guesses skips the round")
        let kept =
            ["Alex", "Sam", ""] + answers("5") + [""] + checkIn("3") + [""] + [""] + answers("3") + [""] + checkIn("3") + [""]
            + ["y"] + Array(repeating: "3", count: guesses) + [""] + Array(repeating: "3", count: guesses) + [""]
        let (finished, text) = run(kept, mode: .couple)
        guard case .finished(let both) = finished else { Issue.record("not finished: \(finished)"); return }
        #expect(both.results.perception.map(\.guessed.value) == [50, 50])
        #expect(both.results.perception.map(\.about) == [1, 0])
        let rendered = ResultsText(results: both.results, content: content).render()
        #expect(rendered.contains("How you guessed each other's readiness"))
        #expect(!text.output.isEmpty)
    }

    @Test("b goes back and the new answer replaces the old one")
    func back() throws {
        let input = ["Kim", "1", "5", "b", "1"] + Array(answers("3").dropFirst()) + [""] + checkIn("3") + ["", ""]
        let (outcome, _) = run(input, mode: .solo)
        guard case .finished(let snapshot) = outcome else { Issue.record("not finished: \(outcome)"); return }
        #expect(snapshot.sheets[0].answers[content.questions[0].item.id] == .level(1))
    }

    @Test("the review lets any answer be changed by its number")
    func review() throws {
        let input = ["", "1"] + answers("3") + ["2", "5", ""] + checkIn("3") + ["", ""]
        let (outcome, _) = run(input, mode: .solo)
        guard case .finished(let snapshot) = outcome else { Issue.record("not finished: \(outcome)"); return }
        #expect(snapshot.sheets[0].answers[content.questions[1].item.id] == .level(5))
        #expect(snapshot.sheets[0].answers[content.questions[2].item.id] == .level(3))
    }

    @Test("without a mode it asks, and input it does not understand is explained, not guessed")
    func askModeAndBadInput() throws {
        // Alone, the question about the partner comes first, with three choices: 9 is explained, 2 answers it.
        let input = ["3", "2", "Kim", "9", "2", "7", "yes"] + answers("4") + [""] + checkIn("3") + ["", ""]
        let (outcome, transcript) = run(input, mode: nil)
        guard case .finished(let snapshot) = outcome else { Issue.record("not finished: \(outcome)"); return }
        #expect(snapshot.mode == .solo)
        #expect(transcript.output.contains("Please type 1 for together or 2 for on your own."))
        #expect(transcript.output.components(separatedBy: "Please type a number from 0 to 5, b to go back, or q to quit.").count == 3)
        #expect(transcript.output.contains("Please type a number from 0 to 3, b to go back, or q to quit."))
    }

    @Test("q asks first; y quits, Enter goes on")
    func quit() {
        let (kept, _) = run(["Kim", "1", "4", "q", "", "q", "y"], mode: .solo)
        guard case .quit = kept else { Issue.record("expected quit: \(kept)"); return }
    }

    @Test("input that ends early ends the session without results")
    func inputEnds() {
        let (outcome, _) = run(["Kim", "1", "4", "4"], mode: .solo)
        guard case .inputEnded = outcome else { Issue.record("expected inputEnded: \(outcome)"); return }
    }

    @Test("names with escape sequences are shown cleaned")
    func unsafeNames() throws {
        let input = ["\u{1B}[2JMallory\u{07}", "3"] + answers("3") + [""] + checkIn("3") + ["", ""]
        let (outcome, transcript) = run(input, mode: .solo)
        guard case .finished(let snapshot) = outcome else { Issue.record("not finished: \(outcome)"); return }
        #expect(snapshot.sheets[0].name == "[2JMallory")
        #expect(!transcript.output.contains("\u{1B}"))
    }
}
