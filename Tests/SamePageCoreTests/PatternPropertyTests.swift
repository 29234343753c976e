import Testing
import TestSupport
@testable import SamePageCore

/// How therapy comes up, over random answers: every side and pattern follows the rules that
/// content/README.md states, from both seats, and neither person is ever put first by the order of files.
@Suite("How therapy comes up: property tests")
struct PatternPropertyTests {
    static let pattern = Section(
        id: "pattern", name: "How it comes up", about: "Both sides.",
        items: [
            Item(id: "raise-me", text: "I bring it up.", pattern: PatternRole(side: .raise, who: .me, pair: "raise")),
            Item(id: "raise-partner", text: "My partner brings it up.", pattern: PatternRole(side: .raise, who: .partner, pair: "raise")),
            Item(id: "press-me", text: "I press.", pattern: PatternRole(side: .raise, who: .me, pair: "press")),
            Item(id: "press-partner", text: "My partner presses.", pattern: PatternRole(side: .raise, who: .partner, pair: "press")),
            Item(id: "quiet-me", text: "I go quiet.", pattern: PatternRole(side: .stepBack, who: .me, pair: "quiet")),
            Item(id: "quiet-partner", text: "My partner goes quiet.", pattern: PatternRole(side: .stepBack, who: .partner, pair: "quiet")),
        ])

    static let content: Content = {
        var content = Fixture.content
        content.pattern = pattern
        content.cards += [
            GuidanceCard(id: "raise-card", audience: .partner, rule: CardRule(side: .raise), title: "Raise", text: "T.", steps: ["S."]),
            GuidanceCard(
                id: "step-back-card", audience: .partner, rule: CardRule(side: .stepBack), title: "Back", text: "T.", steps: ["S."]),
        ]
        return content
    }()

    func randomSheet(_ name: String, using random: inout SeededGenerator) -> AnswerSheet {
        var sheet = AnswerSheet(name: name)
        for question in Self.content.questions where Int.random(in: 0..<6, using: &random) > 0 {
            sheet.answers[question.item.id] = Answer(code: Int.random(in: 0...5, using: &random))
        }
        return sheet
    }

    /// The rule as content/README.md states it, worked out here from the answers alone.
    func expectedScore(_ parts: [(ids: [String], answers: [String: Answer])]) -> Int? {
        let levels = parts.flatMap { part in
            part.ids.compactMap { id -> Int? in
                if case .level(let level)? = part.answers[id] { return level }
                return nil
            }
        }
        guard levels.count >= Self.content.thresholds.minSideAnswers else { return nil }
        return Int((Double(levels.reduce(0, +) - levels.count) * 100 / Double(4 * levels.count)).rounded(.toNearestOrAwayFromZero))
    }

    func expectedSide(raise: Int?, stepBack: Int?) -> PersonSide? {
        guard let raise, let stepBack else { return nil }
        let high = Self.content.thresholds.sideHigh
        switch (raise >= high, stepBack >= high) {
        case (true, false): return .raises
        case (false, true): return .stepsBack
        case (true, true): return .both
        case (false, false): return .neither
        }
    }

    @Test("each side is the mean of everything said about the person; the pattern follows from the two sides")
    func rules() throws {
        var random = SeededGenerator(state: 2612)
        let me = ["raise": ["raise-me", "press-me"], "stepBack": ["quiet-me"]]
        let partner = ["raise": ["raise-partner", "press-partner"], "stepBack": ["quiet-partner"]]
        var seen: Set<CouplePattern> = []
        for _ in 0..<3_000 {
            let sheets = [randomSheet("A", using: &random), randomSheet("B", using: &random)]
            let results = Results(content: Self.content, sheets: sheets, mode: .couple)
            let pattern = try #require(results.pattern)
            var sides: [PersonSide?] = []
            for person in 0..<2 {
                let other = sheets[1 - person].answers, own = sheets[person].answers
                // A side needs an answer of the person's own on it: no one is described by the other alone.
                let spoke = { (ids: [String]) in ids.contains { if case .level? = own[$0] { true } else { false } } }
                let raise = spoke(me["raise"]!) ? expectedScore([(me["raise"]!, own), (partner["raise"]!, other)]) : nil
                let stepBack = spoke(me["stepBack"]!) ? expectedScore([(me["stepBack"]!, own), (partner["stepBack"]!, other)]) : nil
                #expect(pattern.sides[person].raise.value == raise && pattern.sides[person].stepBack.value == stepBack)
                sides.append(expectedSide(raise: raise, stepBack: stepBack))
                #expect(pattern.personSides[person] == sides[person])
                // Each person's own view comes from their answers alone.
                let view = pattern.views[person]
                #expect(
                    view.ownSide
                        == expectedSide(raise: expectedScore([(me["raise"]!, own)]), stepBack: expectedScore([(me["stepBack"]!, own)])))
                #expect(
                    view.partnerSide
                        == expectedSide(
                            raise: expectedScore([(partner["raise"]!, own)]),
                            stepBack: expectedScore([(partner["stepBack"]!, own)])))
                // A card for a side goes to exactly the people that side describes.
                for (id, side) in [("raise-card", PatternSide.raise), ("step-back-card", .stepBack)] {
                    let chosen = results.cards.first { $0.card.id == id }?.partners.contains(person) ?? false
                    #expect(chosen == (sides[person]?.includes(side) ?? false), "\(id) for person \(person)")
                }
            }
            let expected: CouplePattern? =
                switch (sides[0], sides[1]) {
                case (nil, _), (_, nil): nil
                case (.raises?, .stepsBack?), (.stepsBack?, .raises?): .raiseAndStepBack
                case (.stepsBack?, .stepsBack?): .bothStepBack
                case (.raises?, .raises?): .bothRaise
                default: .noClearPattern
                }
            #expect(pattern.pattern == expected)
            #expect((pattern.raiser != nil) == (expected == .raiseAndStepBack))
            if let raiser = pattern.raiser { #expect(sides[raiser] == .raises && sides[1 - raiser] == .stepsBack) }
            if let expected { seen.insert(expected) }
            // The same answers in the other order give the same pattern, with the raiser swapped.
            let swapped = try #require(Results(content: Self.content, sheets: sheets.reversed(), mode: .couple).pattern)
            #expect(swapped.pattern == pattern.pattern && swapped.raiser == pattern.raiser.map { 1 - $0 })
        }
        #expect(seen == Set(CouplePattern.allCases), "the random answers reach every pattern")
    }

    @Test("alone, the pattern is the person's own view, and cards for a side are left to the solo cards")
    func solo() throws {
        var random = SeededGenerator(state: 77)
        for _ in 0..<500 {
            let sheet = randomSheet("Kim", using: &random)
            let results = Results(content: Self.content, sheets: [sheet], mode: .solo)
            let pattern = try #require(results.pattern)
            #expect(pattern.pattern == pattern.views[0].pattern && pattern.personSides == [pattern.views[0].ownSide])
            #expect(!results.cards.contains { $0.card.rule.side != nil })
        }
    }

    @Test("content with no such section has no pattern, and cards for a side are never chosen")
    func noSection() {
        var content = Self.content
        content.pattern = nil
        let results = Results(content: content, sheets: [AnswerSheet(name: "A"), AnswerSheet(name: "B")], mode: .couple)
        #expect(results.pattern == nil)
        #expect(!results.cards.contains { $0.card.rule.side != nil })
    }
}
