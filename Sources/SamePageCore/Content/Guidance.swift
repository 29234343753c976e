/// The numbers that turn scores into words. They live in the content so a therapist can tune them.
public struct Thresholds: Sendable, Equatable {
    /// A readiness score at or below this reads as unsure.
    public var unsure: Int
    /// A readiness score at or above this reads as ready.
    public var ready: Int
    /// Readiness scores at most this far apart are close.
    public var closeGap: Int
    /// From this gap on, one partner leans in and the other leans out.
    public var leanGap: Int
    /// Theme levels at most this far apart count as agreeing.
    public var themeAgreeGap: Int
    /// A theme level at or above this can be a top hesitation.
    public var themeHigh: Int
    /// How many top hesitations per person guide the cards.
    public var topThemes: Int
    /// Fewer answered readiness items than this gives "not enough answers".
    public var minReadinessAnswers: Int
    /// Fewer answered items in a theme than this gives "not enough answers" for it.
    public var minThemeAnswers: Int

    public init(
        unsure: Int, ready: Int, closeGap: Int, leanGap: Int, themeAgreeGap: Int, themeHigh: Int,
        topThemes: Int, minReadinessAnswers: Int, minThemeAnswers: Int
    ) {
        self.unsure = unsure
        self.ready = ready
        self.closeGap = closeGap
        self.leanGap = leanGap
        self.themeAgreeGap = themeAgreeGap
        self.themeHigh = themeHigh
        self.topThemes = topThemes
        self.minReadinessAnswers = minReadinessAnswers
        self.minThemeAnswers = minThemeAnswers
    }
}

/// A name for how two readiness scores sit together, such as "Ready together" or "Different paces".
public struct PairingLabel: Sendable, Equatable {
    public var id: String
    public var name: String
    public var when: PairingCondition
    public var summary: String

    public init(id: String, name: String, when: PairingCondition, summary: String) {
        self.id = id
        self.name = name
        self.when = when
        self.summary = summary
    }
}

/// The test a pairing label applies; labels are tried in content order and the first that fits is used.
public enum PairingCondition: String, Sendable, CaseIterable {
    case bothReady = "both-ready"
    case bothUnsure = "both-unsure"
    case close
    case apart
    case any
}

/// Who a guidance card speaks to.
public enum Audience: String, Sendable, CaseIterable, Comparable {
    case couple
    case leaningIn = "leaning-in"
    case leaningOut = "leaning-out"
    case partner
    case solo
    case everyone

    public static func < (lhs: Audience, rhs: Audience) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether the card is about one person, so that person-level conditions make sense.
    public var isPersonal: Bool { self != .couple && self != .everyone }
}

/// Where a readiness score falls against the thresholds.
public enum ReadinessBand: String, Sendable, CaseIterable {
    case ready, between, unsure
}

/// The conditions under which a card is chosen; every condition given must hold.
public struct CardRule: Sendable, Equatable {
    /// Pairing label ids; empty means any pairing.
    public var pairings: [String]
    /// A theme that must be one of the person's top hesitations.
    public var theme: String?
    /// The person's readiness band.
    public var readiness: ReadinessBand?

    public init(pairings: [String] = [], theme: String? = nil, readiness: ReadinessBand? = nil) {
        self.pairings = pairings
        self.theme = theme
        self.readiness = readiness
    }
}

/// A piece of guidance with concrete next steps, and the rule that chooses it.
public struct GuidanceCard: Sendable, Equatable {
    public var id: String
    public var audience: Audience
    public var rule: CardRule
    public var title: String
    public var text: String
    public var steps: [String]

    public init(id: String, audience: Audience, rule: CardRule = CardRule(), title: String, text: String, steps: [String]) {
        self.id = id
        self.audience = audience
        self.rule = rule
        self.title = title
        self.text = text
        self.steps = steps
    }
}
