/// The private check-in about safety at home. Its answers decide nothing and are dropped as they are given:
/// they are never shown to the other partner, scored, or written anywhere. Everyone then sees the same
/// support screen, word for word (universal education), so neither its shape nor its words reveal anything.
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

    /// The choices of an item, in the order of the answer codes 1 to 5.
    public func choices(for item: CheckInItem, agreement: Scale) -> [String] {
        item.scale == .agree ? agreement.choices : frequencyChoices
    }

    /// The name shown for a region code.
    public func regionName(_ code: String) -> String { regions[code] ?? code }
}

/// The words of the support screen that everyone sees after the check-in, whatever they answered.
public struct SupportWords: Sendable, Equatable {
    public var title: String
    public var text: String
    /// The one closing sentence, the same for everyone: it suits a person who is safe and one who is not.
    public var note: String

    public init(title: String, text: String, note: String) {
        self.title = title
        self.text = text
        self.note = note
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

/// The two scales of the check-in, each keyed one way only, so every item reads the same way round:
/// agreeing with a safety statement is the safe end ("I feel safe..."), and so is "never" for a question
/// about a behaviour ("How often has...?"). The answers decide nothing; the keying keeps the items clear.
public enum CheckInScale: String, Sendable, CaseIterable {
    case agree, frequency
}
