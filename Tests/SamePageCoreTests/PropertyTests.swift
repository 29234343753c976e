import Testing
import TestSupport
@testable import SamePageCore

/// Scoring over many random answer sets: what must hold for every one of them.
@Suite("Scoring properties")
struct PropertyTests {
    func randomSheet(_ name: String, using random: inout SeededGenerator) -> AnswerSheet {
        var sheet = AnswerSheet(name: name)
        for question in Fixture.content.questions where Int.random(in: 0..<5, using: &random) > 0 {
            sheet.answers[question.item.id] = Answer(code: Int.random(in: 0...5, using: &random))
        }
        return sheet
    }

    @Test("scores are within 0–100 or absent; match is symmetric; identical partners match 100")
    func properties() {
        var random = SeededGenerator(state: 2026)
        for _ in 0..<2_000 {
            let a = randomSheet("A", using: &random)
            let b = randomSheet("B", using: &random)
            let forward = Results(content: Fixture.content, sheets: [a, b], mode: .couple)
            let backward = Results(content: Fixture.content, sheets: [b, a], mode: .couple)
            for profile in forward.partners {
                for score in [profile.readiness] + profile.themes.map(\.score) {
                    if let value = score.value {
                        #expect((0...100).contains(value))
                        #expect(score.answered >= score.needed)
                    } else {
                        #expect(score.answered < score.needed)
                    }
                }
            }
            #expect(forward.pair?.gap == backward.pair?.gap)
            #expect(forward.pair?.pairing == backward.pair?.pairing)
            #expect(forward.pair?.readier.map { 1 - $0 } == backward.pair?.readier)
            if let gap = forward.pair?.gap { #expect((0...100).contains(gap)) }
            // Roles only when the gap is real: wide, with the lower score below the middle.
            if let readier = forward.pair?.readier, let gap = forward.pair?.gap {
                let lower = forward.partners[1 - readier].readiness.value ?? 100
                #expect(gap >= Fixture.thresholds.wideGap && lower < Fixture.thresholds.middle)
            }
            let same = Results(content: Fixture.content, sheets: [a, AnswerSheet(name: "B", answers: a.answers)], mode: .couple)
            if same.partners[0].readiness.value != nil {
                #expect(same.pair?.gap == 0 && same.pair?.readier == nil)
            }
            #expect(same.pair?.themes.allSatisfy { if case .one = $0.weight { false } else { true } } == true)
        }
    }
}
