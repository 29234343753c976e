/// The numbers that turn scores into words. They live in the content so a therapist can tune them.
public struct Thresholds: Sendable, Equatable {
    /// A readiness score at or below this is "not now".
    public var notNow: Int
    /// A readiness score at or above this is "ready to try".
    public var ready: Int
    /// Readiness scores at most this far apart are about the same.
    public var closeGap: Int
    /// From this gap on, and with the lower score below the middle, the results say who feels readier
    /// right now: a gap this wide is real, not the noise of an answer or two.
    public var wideGap: Int
    /// From this gap on the scores are "far apart" (between `closeGap` and this, "somewhat apart").
    public var farGap: Int
    /// The middle of the scale: above it a person leans toward trying; two such people agreeing is a strength.
    public var middle: Int
    /// A theme at or above this weighs on a person (clearly above the middle); only such themes are top worries.
    public var themeHigh: Int
    /// How many top worries per person guide the cards.
    public var topThemes: Int
    /// Fewer answered readiness items than this gives "not enough answers".
    public var minReadinessAnswers: Int
    /// Fewer answered items in a theme than this gives "not enough answers" for it.
    public var minThemeAnswers: Int
    /// A side of how therapy comes up (raising it, stepping back) at or above this describes a person.
    public var sideHigh: Int
    /// Fewer answers about a person's side than this gives no side for them.
    public var minSideAnswers: Int

    public init(
        notNow: Int, ready: Int, closeGap: Int, wideGap: Int, farGap: Int = 40, middle: Int = 50, themeHigh: Int,
        topThemes: Int, minReadinessAnswers: Int, minThemeAnswers: Int, sideHigh: Int = 60, minSideAnswers: Int = 1
    ) {
        self.sideHigh = sideHigh
        self.minSideAnswers = minSideAnswers
        self.notNow = notNow
        self.ready = ready
        self.closeGap = closeGap
        self.wideGap = wideGap
        self.farGap = farGap
        self.middle = middle
        self.themeHigh = themeHigh
        self.topThemes = topThemes
        self.minReadinessAnswers = minReadinessAnswers
        self.minThemeAnswers = minThemeAnswers
    }
}

/// The words for results that content can change: each readiness band, and the size of a gap.
public struct ResultWords: Sendable, Equatable {
    public var bands: [ReadinessBand: BandWords]
    public var gaps: [GapSize: String]

    public init(bands: [ReadinessBand: BandWords], gaps: [GapSize: String]) {
        self.bands = bands
        self.gaps = gaps
    }

    public func band(_ band: ReadinessBand) -> BandWords { bands[band] ?? BandWords(name: band.rawValue, summary: "") }
    public func gap(_ size: GapSize) -> String { gaps[size] ?? size.rawValue }

    /// Plain defaults, for content built in code (tests).
    public static let plain = ResultWords(
        bands: [
            .notNow: BandWords(name: "Not now", summary: ""), .open: BandWords(name: "Open to learning more", summary: ""),
            .ready: BandWords(name: "Ready to try", summary: ""),
        ],
        gaps: [.close: "About the same", .apart: "Somewhat apart", .far: "Far apart"]
    )
}

/// A band's name and what it says about a person, in words that fit every score it covers.
public struct BandWords: Sendable, Equatable {
    public var name: String
    public var summary: String

    public init(name: String, summary: String) {
        self.name = name
        self.summary = summary
    }
}

/// How far apart two readiness scores are, in words rather than a "match" number.
public enum GapSize: String, Sendable, CaseIterable {
    case close, apart, far
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
    case bothNotNow = "both-not-now"
    case close
    case apart
    case any
}

/// Who a guidance card speaks to. Never "leaning in/out": in discernment counselling those words mean
/// leaning toward staying in or leaving the relationship.
public enum Audience: String, Sendable, CaseIterable, Comparable {
    case couple
    /// The partner who feels readier about therapy right now (only when the gap is wide).
    case readier
    case lessReady = "less-ready"
    case partner
    case solo
    case everyone

    public static func < (lhs: Audience, rhs: Audience) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether the card is about one person, so that person-level conditions make sense.
    public var isPersonal: Bool { self != .couple && self != .everyone }
}

/// Where a readiness score falls: "not now" is a real choice, not a failure to be ready.
public enum ReadinessBand: String, Sendable, CaseIterable {
    case notNow = "not-now", open, ready
}

/// The conditions under which a card is chosen; every condition given must hold.
public struct CardRule: Sendable, Equatable {
    /// Pairing label ids; empty means any pairing.
    public var pairings: [String]
    /// A theme that must be one of the person's top hesitations.
    public var theme: String?
    /// The person's readiness band.
    public var readiness: ReadinessBand?
    /// A side of how therapy comes up that describes the person (they tend to raise it, or to step back).
    public var side: PatternSide?
    /// Alone: what the person said about their partner, one of these.
    public var stances: [PartnerStance]

    public init(
        pairings: [String] = [], theme: String? = nil, readiness: ReadinessBand? = nil, side: PatternSide? = nil,
        stances: [PartnerStance] = []
    ) {
        self.pairings = pairings
        self.theme = theme
        self.readiness = readiness
        self.side = side
        self.stances = stances
    }

    /// Whether the rule names anything about the person or the pairing, beyond its audience.
    public var isSpecific: Bool { !pairings.isEmpty || theme != nil || readiness != nil || side != nil || !stances.isEmpty }
}

/// One concrete step of a card. `pace` names the step of the ladder (questions.yaml `steps`) it asks
/// for, when it asks for one: such a step is shown only when it keeps the pace (`StepLadder.allows`).
public struct CardStep: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var pace: String?

    public init(text: String, pace: String? = nil) {
        self.text = text
        self.pace = pace
    }

    public init(stringLiteral text: String) { self.init(text: text) }
}

/// A piece of guidance with concrete next steps, and the rule that chooses it.
public struct GuidanceCard: Sendable, Equatable {
    public var id: String
    public var audience: Audience
    public var rule: CardRule
    public var title: String
    public var text: String
    public var steps: [CardStep]
    /// Always among the cards shown first when it is chosen (content's `pinned: true`; at most
    /// `GuidanceCard.maximumPinned`, so that they all fit among the first six after the first three).
    public var pinned: Bool
    /// The step of the ladder the whole card is about, when it is about one: past the couple's pace, the
    /// card is not shown at all.
    public var pace: String?

    /// The most pinned cards a content may have: after the pairing's card and two top worries, three more
    /// still fit among the six shown first.
    public static let maximumPinned = 3

    public init(
        id: String, audience: Audience, rule: CardRule = CardRule(), title: String, text: String, steps: [CardStep],
        pinned: Bool = false, pace: String? = nil
    ) {
        self.pace = pace
        self.id = id
        self.audience = audience
        self.rule = rule
        self.title = title
        self.text = text
        self.steps = steps
        self.pinned = pinned
    }
}
