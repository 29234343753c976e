/// A 0–100 score for readiness or one theme, or no number when too few items were answered.
public struct ScaleScore: Sendable, Equatable {
    /// The score, or nil when fewer than `needed` items were answered.
    public var value: Int?
    public var answered: Int
    public var needed: Int

    public init(value: Int?, answered: Int, needed: Int) {
        self.value = value
        self.answered = answered
        self.needed = needed
    }

    /// Scores a section: the mean of answered levels, reverse items flipped, mapped from 1…5 onto 0…100
    /// and rounded half up. "Prefer not to say" and unanswered items are left out.
    public static func of(_ section: Section, answers: [String: Answer], needed: Int) -> ScaleScore {
        pooled([(section.items, answers)], needed: needed)
    }

    /// Scores items from more than one answer sheet as one scale: every answered level counts once.
    /// (How therapy comes up scores a person from their own answers and from their partner's about them.)
    public static func pooled(_ parts: [(items: [Item], answers: [String: Answer])], needed: Int) -> ScaleScore {
        var sum = 0
        var count = 0
        for (items, answers) in parts {
            for item in items {
                guard case .level(let level) = answers[item.id] else { continue }
                sum += item.reverse ? 6 - level : level
                count += 1
            }
        }
        guard count >= needed, count > 0 else {
            return ScaleScore(value: nil, answered: count, needed: needed)
        }
        // 100 * (mean - 1) / 4, in integers so the result is exact and rounds half up.
        let numerator = 100 * (sum - count)
        let denominator = 4 * count
        return ScaleScore(value: (2 * numerator + denominator) / (2 * denominator), answered: count, needed: needed)
    }
}
