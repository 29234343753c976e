/// A made-up couple shipped in the content for the demo: a therapist can open straight on their results.
public struct SampleCouple: Sendable, Equatable {
    public var id: String
    public var title: String
    public var about: String
    public var sheets: [AnswerSheet]
    /// Each partner's guesses at the other's readiness, as the optional round would give them (empty when
    /// a partner made none).
    public var guesses: [[String: Answer]]

    public init(id: String, title: String, about: String, sheets: [AnswerSheet], guesses: [[String: Answer]] = []) {
        self.id = id
        self.title = title
        self.about = about
        self.sheets = sheets
        self.guesses = guesses
    }

    /// Guesses of `level` (0–5, in "very much so" terms) on each of `items`, reverse items mirrored.
    public static func guesses(level: Int, items: [Item]) -> [String: Answer] {
        guard let answer = Answer(code: level) else { return [:] }
        return Dictionary(uniqueKeysWithValues: items.map { ($0.id, mirrored(answer, $0)) })
    }

    /// Answers every item of each section at that section's level (0–5), mirroring reverse items, so a
    /// level of 5 always reads as "very much so" and scores (level − 1) × 25. Items on how therapy comes up
    /// take the level of their side and whose it is (`levelKey`).
    /// `answers` then sets single items, in the same terms (5 is "very much so", reverse items mirrored),
    /// so a sample can show a gap that is not a multiple of 25, or a ladder shared only in part.
    public static func sheet(
        name: String, levels: [String: Int], answers overrides: [String: Int] = [:], sections: [Section]
    ) -> AnswerSheet {
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(sections.reduce(0) { $0 + $1.items.count })
        for section in sections {
            // A sample has been to therapy where a theme asks first (its worries are set by its level).
            if let gate = section.gate, let level = levels[section.id] { answers[gate.id] = level == 0 ? .preferNot : .level(4) }
            for item in section.items {
                // A single item's own level wins over its section's.
                guard let level = overrides[item.id] ?? levels[levelKey(section, item)], let answer = Answer(code: level) else { continue }
                answers[item.id] = mirrored(answer, item)
            }
        }
        return AnswerSheet(name: name, answers: answers)
    }

    /// A level in "very much so" terms, as the item is answered: reverse items the other way round.
    static func mirrored(_ answer: Answer, _ item: Item) -> Answer {
        guard item.reverse, case .level(let value) = answer else { return answer }
        return .level(6 - value)
    }

    /// The names of the levels a pattern section takes: its own side and the partner's, for each side.
    public static func patternLevels() -> [String] {
        PatternWho.allCases.flatMap { who in PatternSide.allCases.map { side in (who == .partner ? "partner-" : "") + side.rawValue } }
    }

    /// The level an item takes: its section's, or for how therapy comes up, "pattern.raise",
    /// "pattern.partner-step-back" and so on.
    static func levelKey(_ section: Section, _ item: Item) -> String {
        guard let role = item.pattern else { return section.id }
        return section.id + "." + (role.who == .partner ? "partner-" : "") + role.side.rawValue
    }
}
