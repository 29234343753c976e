import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

@Suite("Comparing two partners")
struct PairTests {
    func results(_ a: [String: Int], _ b: [String: Int]) -> Results {
        Results(content: Fixture.content, sheets: [Fixture.sheet("Alex", a), Fixture.sheet("Sam", b)], mode: .couple)
    }

    @Test("identical answers: no gap, the same theme levels, each worry weighed by both or neither, no roles")
    func identical() {
        let answers = ["r1": 4, "r2": 5, "r3": 2, "r4": 3, "b1": 4, "b2": 2, "b3": 1, "p1": 1, "p2": 2, "p3": 0]
        let results = results(answers, answers)
        #expect(results.pair?.gap == 0 && results.pair?.gapSize == .close)
        #expect(results.partners[0].themes.map(\.score) == results.partners[1].themes.map(\.score))
        #expect(results.pair?.themes.allSatisfy { $0.weight == .both || $0.weight == .neither } == true)
        #expect(results.pair?.readier == nil)
    }

    @Test("a wide gap with the lower score below the middle names who feels readier; the gap is said in words")
    func readier() {
        // Alex: r1=5, r2=5 → 100. Sam: r1=2, r2=3 → (2+3−2) × 12.5 = 37.5 → 38. Gap 62: far apart.
        let results = results(Fixture.readinessCodes((5, 5)), Fixture.readinessCodes((2, 3)))
        #expect(results.partners.map(\.readiness.value) == [100, 38])
        #expect(results.pair?.gap == 62 && results.pair?.gapSize == .far)
        #expect(results.pair?.pairing?.id == "different-paces")
        #expect(results.pair?.readier == 0 && results.pair?.lessReady == 1)
        let readiness = ResultsDocument(results: results, content: Fixture.content).section(.readiness)?.blocks ?? []
        #expect(readiness.contains(.text("Alex feels readier about therapy right now.", .plain)))
        #expect(
            !results.json(content: Fixture.content).serialized().contains("match")
                && !results.json(content: Fixture.content).serialized().contains("leaning"))
    }

    @Test(
        "roles only for a real gap: wide, one score above the middle and the other below it",
        arguments: [
            ((5, 5), (4, 4), nil as Int?, GapSize.apart),  // 100 and 75: both lean toward trying; 25 apart
            ((4, 4), (3, 3), nil, .apart),  // 75 and 50: gap 25, but 50 is not below the middle
            ((4, 4), (4, 3), nil, .close),  // 75 and 63: about the same
            ((4, 4), (2, 3), 0, .apart),  // 75 and 38: 37 apart, and 38 is below the middle
            ((5, 5), (2, 3), 0, .far),  // 100 and 38: 62 apart
            ((3, 3), (1, 2), nil, .apart),  // 50 and 13: 37 apart, but 50 does not lean toward trying
            ((2, 2), (1, 1), nil, .apart),  // 25 and 0: both "not now", so no roles
            ((4, 3), (1, 2), 0, .far),  // 63 and 13: 50 apart
        ])
    func roles(a: (Int, Int), b: (Int, Int), readier: Int?, size: GapSize) {
        let results = results(Fixture.readinessCodes(a), Fixture.readinessCodes(b))
        #expect(results.pair?.readier == readier, "\(results.partners.map(\.readiness.value))")
        #expect(results.pair?.gapSize == size, "\(results.pair?.gap ?? -1)")
    }

    @Test("a worry is shared by direction, not by gap: 100 against 75 weighs on both; 75 against 25 on one")
    func worriesByDirection() {
        var alex = Fixture.readinessCodes((4, 4)), sam = Fixture.readinessCodes((4, 4))
        alex.merge(["b1": 5, "b2": 5, "b3": 1, "p1": 4, "p2": 4, "p3": 4]) { $1 }
        sam.merge(["b1": 4, "b2": 4, "b3": 2, "p1": 2, "p2": 2, "p3": 2]) { $1 }
        let results = results(alex, sam)
        #expect(results.partners.map { $0.score(forTheme: "blame")?.value } == [100, 75])
        #expect(results.pair?.themes.map(\.weight) == [.both, .one(0)])
        #expect(results.pair?.themes[1].sentence(names: ["Alex", "Sam"], words: Fixture.interface) == "Alex weighs this")
    }

    @Test(
        "every pairing label is reachable",
        arguments: [
            ((5, 4), (4, 4), "ready-together"),  // 88 and 75
            ((2, 2), (1, 3), "both-unsure"),  // 25 and 25
            ((3, 4), (3, 3), "close"),  // 63 and 50
            ((5, 5), (3, 3), "different-paces"),  // 100 and 50
        ])
    func pairingLabels(a: (Int, Int), b: (Int, Int), label: String) {
        let results = results(Fixture.readinessCodes(a), Fixture.readinessCodes(b))
        #expect(results.pair?.pairing?.id == label)
    }

    @Test("a partner who keeps a whole theme private gets no number for it, and only the one who weighs it is named")
    func skippedTheme() {
        var alex = Fixture.readinessCodes((4, 4))
        var sam = Fixture.readinessCodes((4, 4))
        alex.merge(["b1": 5, "b2": 5, "b3": 1, "p1": 2, "p2": 2]) { $1 }
        sam.merge(["b1": 0, "b2": 0, "b3": 0, "p1": 2, "p2": 2]) { $1 }
        let results = results(alex, sam)
        #expect(results.partners[0].score(forTheme: "blame")?.value == 100)
        #expect(results.partners[1].score(forTheme: "blame")?.value == nil)
        // Alex weighs it, and is named; nothing is said of both, and Sam's row says what Sam chose.
        #expect(results.pair?.themes.first { $0.id == "blame" }?.weight == .one(0))
        #expect(results.partners[1].score(forTheme: "blame")?.missing == .keptPrivate)
        #expect(results.pair?.themes.first { $0.id == "pace" }?.weight == .neither)
        #expect(results.partners[1].topThemes.isEmpty)
        #expect(results.json(content: Fixture.content).serialized().contains("\"blame\": null"))
    }

    @Test("without enough readiness answers there is no gap and no pairing")
    func noReadiness() {
        let results = results(["r1": 5], Fixture.readinessCodes((4, 4)))
        #expect(results.pair?.gap == nil && results.pair?.readier == nil)
        #expect(results.pair?.pairing == nil)
        #expect(!results.cards.contains { $0.card.audience == .couple })
        #expect(results.json(content: Fixture.content).serialized().contains("\"gap\": null"))
    }

    @Test("swapping the partners swaps who feels readier, and nothing else")
    func swapping() {
        var alex = Fixture.readinessCodes((5, 5))
        alex.merge(["b1": 5, "b2": 4, "b3": 2]) { $1 }
        var sam = Fixture.readinessCodes((2, 2))
        sam.merge(["p1": 5, "p2": 5, "p3": 4]) { $1 }
        let forward = results(alex, sam)
        let swapped = Results(content: Fixture.content, sheets: [Fixture.sheet("Sam", sam), Fixture.sheet("Alex", alex)], mode: .couple)
        #expect(forward.pair?.gap == swapped.pair?.gap)
        #expect(forward.pair?.pairing == swapped.pair?.pairing)
        #expect(
            forward.pair?.themes.map(\.weight).map { $0 == .one(0) ? .one(1) : $0 == .one(1) ? .one(0) : $0 }
                == swapped.pair?.themes.map(\.weight))
        #expect(forward.partners == Array(swapped.partners.reversed()))
        #expect(forward.pair?.readier == 0 && swapped.pair?.readier == 1)
        #expect(forward.cards.map(\.card.id) == swapped.cards.map(\.card.id))
        #expect(forward.cards.map { $0.partners.map { 1 - $0 } } == swapped.cards.map(\.partners))
    }

    @Test("results never depend on the order answers were given, or changed on the way")
    func answerOrder() {
        let codes = [4, 2, 5, 1, 3, 5, 2, 4, 0, 1]
        var straight = Session(content: Fixture.content, mode: .solo, names: ["Kim"])
        for code in codes { straight.answer(Answer(code: code)!) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            // Answer everything with a placeholder, then set each real answer from the review in a random order.
            var shuffled = Session(content: Fixture.content, mode: .solo, names: ["Kim"])
            for _ in codes { shuffled.answer(.level(3)) }
            for index in codes.indices.shuffled(using: &generator) {
                shuffled.edit(index)
                shuffled.answer(Answer(code: codes[index])!)
            }
            #expect(shuffled.sheets == straight.sheets)
            let a = Results(content: Fixture.content, sheets: shuffled.sheets, mode: .solo)
            let b = Results(content: Fixture.content, sheets: straight.sheets, mode: .solo)
            #expect(a == b && a.json(content: Fixture.content).serialized() == b.json(content: Fixture.content).serialized())
        }
    }
}

@Suite("The ladder of steps")
struct StepLadderTests {
    static let steps = Section(
        id: "steps", name: "Steps", about: "S.",
        items: [
            Item(id: "s1", text: "Read.", step: "Read about it"), Item(id: "s2", text: "Call.", step: "A short call"),
            Item(id: "s3", text: "One.", step: "One session"), Item(id: "s4", text: "Alone.", step: "On my own", alone: true),
        ])

    func ladder(_ a: [String: Int], _ b: [String: Int]) -> StepLadder {
        var content = Fixture.content
        content.steps = Self.steps
        return StepLadder(content: content, sheets: [Fixture.sheet("A", a), Fixture.sheet("B", b)])
    }

    @Test("the largest step both said yes to is the highest one both said yes to, whatever lies below; the next is the one after")
    func largest() {
        let both = ladder(["s1": 5, "s2": 4, "s3": 2, "s4": 5], ["s1": 4, "s2": 5, "s3": 5, "s4": 1])
        #expect(both.largest == "A short call" && both.next == "One session")
        #expect(both.alone == [["On my own"], []])
        // A larger step both said yes to after a "not sure" below it: the largest is still the larger one,
        // and the sentence never says "every step up to it".
        let gap = ladder(["s1": 3, "s2": 5, "s3": 4], ["s1": 5, "s2": 5, "s3": 2])
        #expect(gap.largest == "A short call" && gap.next == "One session" && !gap.everyShared)
        let none = ladder(["s1": 3, "s2": 2], ["s1": 5, "s2": 5])
        #expect(none.largest == nil && none.next == "Read about it")
        let all = ladder(["s1": 5, "s2": 5, "s3": 5], ["s1": 4, "s2": 4, "s3": 4])
        #expect(all.largest == "One session" && all.next == nil && all.everyShared)
        let results = Results(
            content: {
                var c = Fixture.content; c.steps = Self.steps; return c
            }(),
            sheets: [Fixture.sheet("A", ["s1": 5, "s2": 5, "s3": 5]), Fixture.sheet("B", ["s1": 4, "s2": 4, "s3": 4])],
            mode: .couple)
        #expect(
            DocumentBuilder(results: results, content: Fixture.content, allCards: false).ladderLine()
                == "You both said yes to each step, up to One session.")
    }

    @Test("a card's step keeps the pace: at most the step after the largest both said yes to")
    func pace() {
        let ladder = ladder(["s1": 5, "s2": 3, "s4": 5], ["s1": 4, "s2": 5])
        #expect(ladder.allows("s1", people: []) && ladder.allows("s2", people: []))
        #expect(!ladder.allows("s3", people: []))
        // A step taken alone counts the yeses of the people the card speaks to; its first step is always next.
        #expect(ladder.allows("s4", people: [1]) && ladder.allows("s4", people: []))
        let nothing = self.ladder([:], [:])
        #expect(nothing.allows("s1", people: []) && !nothing.allows("s2", people: []))
    }
}
