import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

@Suite("The perception gap")
struct PerceptionTests {
    /// Alex's readiness: r1=5, r2=5 → 100. Sam's: r1=2, r2=3 → 38.
    let sheets = [Fixture.sheet("Alex", Fixture.readinessCodes((5, 5))), Fixture.sheet("Sam", Fixture.readinessCodes((2, 3)))]

    @Test("each guess is scored like real answers and set against the other's own readiness")
    func handComputed() {
        // Alex guesses Sam at r1=3, r2=3, r3=3 (reverse, still 3), r4=3 → 50; Sam's own 38: a difference of 12.
        // Sam guesses Alex at r1=2, r2=2 → 25; Alex's own 100: a difference of 75.
        let guesses: [[String: Answer]] = [
            ["r1": .level(3), "r2": .level(3), "r3": .level(3), "r4": .level(3)],
            ["r1": .level(2), "r2": .level(2)],
        ]
        let results = Results(content: Fixture.content, sheets: sheets, mode: .couple, guesses: guesses)
        #expect(results.perception.map(\.guessed.value) == [50, 25])
        #expect(results.perception.map(\.actual) == [38, 100])
        #expect(results.perception.map(\.difference) == [12, 75])
        let names = ["Alex", "Sam"]
        // 50 and 38 are 12 apart, but on either side of the "not now" line (40): never called close.
        #expect(
            results.perception[0].sentence(names: names, thresholds: Fixture.thresholds, words: Fixture.interface)
                == "Alex guessed 50, and Sam's own answers give 38, lower than the guess. A gap like this is something to be curious about together."
        )
        #expect(
            results.perception[1].sentence(names: names, thresholds: Fixture.thresholds, words: Fixture.interface)
                == "Sam guessed 25, and Alex's own answers give 100, higher than the guess. A gap like this is something to be curious about together."
        )
        #expect(results.json(content: Fixture.content).serialized().contains("\"difference\": 75"))
    }

    @Test("without the round there is no perception section; a solo guess has nothing to compare to")
    func absentAndSolo() {
        #expect(Results(content: Fixture.content, sheets: sheets, mode: .couple).perception.isEmpty)
        let solo = Results(content: Fixture.content, sheets: [sheets[0]], mode: .solo, guesses: [["r1": .level(1), "r2": .level(2)]])
        #expect(solo.perception.count == 1)
        #expect(solo.perception[0].about == nil && solo.perception[0].difference == nil)
        #expect(solo.perception[0].guessed.value == 13)
        #expect(
            solo.perception[0].sentence(names: ["Alex"], thresholds: Fixture.thresholds, words: Fixture.interface).hasPrefix(
                "You guessed your partner's readiness at 13."))
    }
}
