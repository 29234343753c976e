/// A 0–100 score for readiness or one theme, or no number when too few items were answered.
public struct ScaleScore: Sendable, Equatable {
    /// The score, or nil when fewer than `needed` items were answered.
    public var value: Int?
    public var answered: Int
    public var needed: Int
    /// Why there is no number, in what the person chose; nil when there is one.
    public var missing: Missing?

    /// What a person chose where a scale has no number: the results say that, not "not enough answers".
    public enum Missing: String, Sendable, Equatable {
        /// Not one item answered with a level, and "prefer not to say" chosen (items set aside by a
        /// section's first question may be among the others).
        case keptPrivate = "kept-private"
        /// Every item was set aside by the section's first question ("does not apply").
        case notApplicable = "not-applicable"
        /// Anything else: too few items answered, or some left unanswered.
        case tooFew = "too-few"
    }

    public init(value: Int?, answered: Int, needed: Int, missing: Missing? = nil) {
        self.value = value
        self.answered = answered
        self.needed = needed
        self.missing = value == nil ? missing ?? .tooFew : nil
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
        var items = 0
        var kept = 0
        var setAside = 0
        for (section, answers) in parts {
            for item in section {
                items += 1
                switch answers[item.id] {
                case .level(let level)?:
                    sum += item.reverse ? 6 - level : level
                    count += 1
                case .preferNot?: kept += 1
                case .notApplicable?: setAside += 1
                case nil: break
                }
            }
        }
        guard count >= needed, count > 0 else {
            let missing: Missing =
                count == 0 && kept > 0 && kept + setAside == items
                ? .keptPrivate
                : setAside > 0 && setAside == items ? .notApplicable : .tooFew
            return ScaleScore(value: nil, answered: count, needed: needed, missing: missing)
        }
        // 100 * (mean - 1) / 4, in integers so the result is exact and rounds half up.
        let numerator = 100 * (sum - count)
        let denominator = 4 * count
        return ScaleScore(value: (2 * numerator + denominator) / (2 * denominator), answered: count, needed: needed)
    }
}
