/// A made-up couple shipped in the content for the demo: a therapist can open straight on their results.
public struct SampleCouple: Sendable, Equatable {
    public var id: String
    public var title: String
    public var about: String
    public var sheets: [AnswerSheet]

    public init(id: String, title: String, about: String, sheets: [AnswerSheet]) {
        self.id = id
        self.title = title
        self.about = about
        self.sheets = sheets
    }

    /// Answers every item of each section at that section's level (0–5), mirroring reverse items, so a
    /// level of 5 always reads as "very much so" and scores (level − 1) × 25.
    public static func sheet(name: String, levels: [String: Int], sections: [Section]) -> AnswerSheet {
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(sections.reduce(0) { $0 + $1.items.count })
        for section in sections {
            guard let level = levels[section.id], let answer = Answer(code: level) else { continue }
            for item in section.items {
                if item.reverse, case .level(let value) = answer {
                    answers[item.id] = .level(6 - value)
                } else {
                    answers[item.id] = answer
                }
            }
        }
        return AnswerSheet(name: name, answers: answers)
    }
}
