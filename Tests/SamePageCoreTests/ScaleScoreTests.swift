import Testing
import TestSupport
@testable import SamePageCore

@Suite("Scoring one scale")
struct ScaleScoreTests {
    let section = Fixture.readiness

    @Test("mean of answered items, reverse keys flipped, scaled to 0–100")
    func handComputed() {
        // r1=5, r2=4, r3=2 reversed to 4, r4 skipped: mean 13/3 = 4.333…, (4.333 − 1) / 4 × 100 = 83.3 → 83.
        let answers = Fixture.sheet("A", ["r1": 5, "r2": 4, "r3": 2, "r4": 0]).answers
        #expect(ScaleScore.of(section, answers: answers, needed: 2) == ScaleScore(value: 83, answered: 3, needed: 2))
    }

    @Test("halves round up: levels 3 and 4 give 62.5 → 63")
    func roundsHalfUp() {
        let answers = Fixture.sheet("A", ["r1": 3, "r2": 4]).answers
        #expect(ScaleScore.of(section, answers: answers, needed: 2).value == 63)
    }

    @Test("a reverse item answered 1 counts as full agreement")
    func reverseKey() {
        let answers = Fixture.sheet("A", ["r3": 1, "r1": 5]).answers
        #expect(ScaleScore.of(section, answers: answers, needed: 2).value == 100)
        let opposite = Fixture.sheet("A", ["r3": 5, "r1": 1]).answers
        #expect(ScaleScore.of(section, answers: opposite, needed: 2).value == 0)
    }

    @Test("all kept private gives no number, not zero, and says so; set aside says it does not apply; else too few")
    func allSkipped() {
        let answers = Fixture.sheet("A", ["r1": 0, "r2": 0, "r3": 0, "r4": 0]).answers
        #expect(
            ScaleScore.of(section, answers: answers, needed: 2) == ScaleScore(value: nil, answered: 0, needed: 2, missing: .keptPrivate))
        let setAside: [String: Answer] = ["r1": .notApplicable, "r2": .notApplicable, "r3": .notApplicable, "r4": .notApplicable]
        #expect(ScaleScore.of(section, answers: setAside, needed: 2).missing == .notApplicable)
        // One level and the rest private: too few to say, not "kept private" (one answer was given).
        #expect(
            ScaleScore.of(section, answers: Fixture.sheet("A", ["r1": 4, "r2": 0, "r3": 0, "r4": 0]).answers, needed: 2).missing == .tooFew)
        // Nothing at all: too few, never "kept private", since no one chose that.
        #expect(ScaleScore.of(section, answers: [:], needed: 2).missing == .tooFew)
        #expect(ScaleScore.of(section, answers: Fixture.sheet("A", ["r1": 4, "r2": 4]).answers, needed: 2).missing == nil)
    }

    @Test("fewer answers than the minimum gives no number")
    func tooFew() {
        let answers = Fixture.sheet("A", ["r1": 5, "r2": 0]).answers
        #expect(ScaleScore.of(section, answers: answers, needed: 2).value == nil)
        #expect(ScaleScore.of(section, answers: answers, needed: 1).value == 100)
    }

    @Test("the whole range maps onto 0…100", arguments: 1...5)
    func extremes(level: Int) {
        let answers = Fixture.sheet("A", ["p1": level, "p2": level, "p3": level]).answers
        #expect(ScaleScore.of(Fixture.pace, answers: answers, needed: 2).value == (level - 1) * 25)
    }
}
