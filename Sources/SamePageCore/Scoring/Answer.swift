/// One answer on the agreement scale: a level from 1 (least agreement) to 5, "prefer not to say", or
/// "does not apply" where a section offers it (past therapy, for someone who has had none).
public enum Answer: Sendable, Hashable {
    case level(Int)
    case preferNot
    case notApplicable

    /// The number typed or saved for this answer: 1–5, 0 for "prefer not to say", 6 for "does not apply".
    public var code: Int {
        switch self {
        case .level(let level): level
        case .preferNot: 0
        case .notApplicable: 6
        }
    }

    /// The answer a typed or saved number stands for, or nil when it is not 0–6.
    public init?(code: Int) {
        switch code {
        case 0: self = .preferNot
        case 1...5: self = .level(code)
        case 6: self = .notApplicable
        default: return nil
        }
    }
}

/// One person's answers to the scored items, by item id. The private check-in never goes in here.
public struct AnswerSheet: Sendable, Equatable {
    public var name: String
    public var answers: [String: Answer]

    public init(name: String, answers: [String: Answer] = [:]) {
        self.name = name
        self.answers = answers
    }
}

/// The answers in the order the choices are listed: the five levels, then "prefer not to say".
public let choiceOrder: [Answer] = [.level(1), .level(2), .level(3), .level(4), .level(5), .preferNot]
