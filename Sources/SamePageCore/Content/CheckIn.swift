/// The private check-in about safety at home. Its answers decide one thing, which calm sentence the
/// support screen shows, and are then dropped: they are never shown to the other partner, scored, or
/// written anywhere. Everyone then sees the same support screen, so its shape reveals nothing.
public struct CheckIn: Sendable, Equatable {
    public var intro: String
    /// The five labels of the frequency scale, "never" first and "not sure" last.
    public var frequencyChoices: [String]
    public var items: [CheckInItem]
    public var support: SupportWords
    public var emergency: String
    /// The section that ends every shared result, for everyone, whatever anyone answered.
    public var shared: SharedSafety
    /// Region codes (`US`, `CA-QC`, `ANY`) and the names shown for them.
    public var regions: [String: String]
    public var resources: [Resource]

    public init(
        intro: String, frequencyChoices: [String], items: [CheckInItem], support: SupportWords, emergency: String,
        shared: SharedSafety, regions: [String: String], resources: [Resource]
    ) {
        self.intro = intro
        self.frequencyChoices = frequencyChoices
        self.items = items
        self.support = support
        self.emergency = emergency
        self.shared = shared
        self.regions = regions
        self.resources = resources
    }

    /// Whether these answers suggest talking to someone alone first. Only the safe end of each scale
    /// raises no concern: "not sure", "prefer not to say" and a missing answer all count as a concern.
    public func raisesConcern(_ answers: [String: Answer]) -> Bool {
        items.contains { item in
            guard case .level(let level)? = answers[item.id] else { return true }
            return !item.scale.isSafe(level)
        }
    }

    /// The choices of an item, in the order of the answer codes 1 to 5.
    public func choices(for item: CheckInItem, agreement: Scale) -> [String] {
        item.scale == .agree ? agreement.choices : frequencyChoices
    }

    /// The name shown for a region code.
    public func regionName(_ code: String) -> String { regions[code] ?? code }
}

/// The words of the support screen that everyone sees after the check-in.
public struct SupportWords: Sendable, Equatable {
    public var title: String
    public var text: String
    /// One calm sentence for a person whose answers raised a concern...
    public var concernNote: String
    /// ...and the one shown otherwise, in the same place and the same number of lines.
    public var calmNote: String

    public init(title: String, text: String, concernNote: String, calmNote: String) {
        self.title = title
        self.text = text
        self.concernNote = concernNote
        self.calmNote = calmNote
    }
}

/// The short section about safety that ends every result, report and JSON, the same for everyone.
public struct SharedSafety: Sendable, Equatable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

public struct CheckInItem: Sendable, Equatable {
    public var id: String
    public var text: String
    public var scale: CheckInScale

    public init(id: String, text: String, scale: CheckInScale) {
        self.id = id
        self.text = text
        self.scale = scale
    }
}

/// The two scales of the check-in, each keyed one way only: agreeing with a safety statement is safe
/// (so items are written as "I feel safe..."), and "never" is safe for a behaviour ("How often has...?").
public enum CheckInScale: String, Sendable, CaseIterable {
    case agree, frequency

    /// Agree or strongly agree (4, 5) with a safety statement; "never" (1) for a behaviour.
    public func isSafe(_ level: Int) -> Bool {
        switch self {
        case .agree: level >= 4
        case .frequency: level == 1
        }
    }

    /// The answer code that raises no concern, for scripts and tests.
    public var safeCode: Int { self == .agree ? 5 : 1 }
}
