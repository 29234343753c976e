/// The private check-in about safety at home. Its answers decide one thing, whether to show the support
/// screen, and are then dropped: they are never shown to the other partner, scored, or written anywhere.
public struct CheckIn: Sendable {
    public var intro: String
    public var items: [CheckInItem]
    public var thanks: String
    public var supportTitle: String
    public var supportText: String
    public var emergency: String
    public var resources: [Resource]

    public init(
        intro: String, items: [CheckInItem], thanks: String, supportTitle: String, supportText: String,
        emergency: String, resources: [Resource]
    ) {
        self.intro = intro
        self.items = items
        self.thanks = thanks
        self.supportTitle = supportTitle
        self.supportText = supportText
        self.emergency = emergency
        self.resources = resources
    }

    /// Whether these answers suggest individual support first. Declining to answer counts as a reason to
    /// show the resources: the person who prefers not to say may be the one who needs them most.
    public func raisesConcern(_ answers: [String: Answer]) -> Bool {
        items.contains { item in
            switch answers[item.id] {
            case .preferNot: true
            case .level(let level): item.concernWhen.matches(level)
            case nil: false
            }
        }
    }
}

public struct CheckInItem: Sendable, Equatable {
    public var id: String
    public var text: String
    public var concernWhen: ConcernDirection

    public init(id: String, text: String, concernWhen: ConcernDirection) {
        self.id = id
        self.text = text
        self.concernWhen = concernWhen
    }
}

/// Which side of the scale raises concern: agreeing (4–5) or disagreeing (1–2).
public enum ConcernDirection: String, Sendable, CaseIterable {
    case agree, disagree

    func matches(_ level: Int) -> Bool {
        switch self {
        case .agree: level >= 4
        case .disagree: level <= 2
        }
    }
}

/// A support line or service, with the region it serves and the public page it was checked against.
public struct Resource: Sendable, Equatable {
    public var name: String
    public var region: String
    public var contact: String
    public var note: String
    public var source: String

    public init(name: String, region: String, contact: String, note: String, source: String) {
        self.name = name
        self.region = region
        self.contact = contact
        self.note = note
        self.source = source
    }
}
