/// One answer on the agreement scale: a level from 1 (least agreement) to 5, or "prefer not to say".
public enum Answer: Sendable, Hashable {
    case level(Int)
    case preferNot

    /// The number typed or saved for this answer: 1–5, or 0 for "prefer not to say".
    public var code: Int {
        switch self {
        case .level(let level): level
        case .preferNot: 0
        }
    }

    /// The answer a typed or saved number stands for, or nil when it is not 0–5.
    public init?(code: Int) {
        switch code {
        case 0: self = .preferNot
        case 1...5: self = .level(code)
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
