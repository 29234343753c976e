/// How two profiles sit together: the gap in words, the pairing label, who feels readier (only when the
/// gap is real), and, for each theme, whether both, neither or one of them weighs it.
public struct PairComparison: Sendable, Equatable {
    /// |readiness A − readiness B|, or nil when either readiness has no number.
    public var gap: Int?
    public var gapSize: GapSize?
    public var pairing: PairingLabel?
    /// The partner (0 or 1) who feels readier about therapy right now: only when the gap is wide, the lower
    /// score is below the middle and the higher above it, so a small difference (or two people who both
    /// say "not now", or both lean toward trying) is never made into roles.
    public var readier: Int?
    /// Both lean toward trying (both above the middle): the agreement that counts as a strength.
    public var bothLeanToward: Bool
    public var themes: [ThemeDirection]

    public var lessReady: Int? { readier.map { 1 - $0 } }

    public init(_ a: PartnerProfile, _ b: PartnerProfile, content: Content) {
        let limits = content.thresholds
        themes = zip(a.themes, b.themes).map { ThemeDirection($0, $1, high: limits.themeHigh) }
        guard let ra = a.readiness.value, let rb = b.readiness.value else {
            gap = nil
            gapSize = nil
            pairing = nil
            readier = nil
            bothLeanToward = false
            return
        }
        let gap = abs(ra - rb)
        self.gap = gap
        gapSize = gap <= limits.closeGap ? .close : gap < limits.farGap ? .apart : .far
        pairing = content.pairings.first { $0.when.holds(ra, rb, limits) }
        let real = gap >= limits.wideGap && min(ra, rb) < limits.middle && max(ra, rb) > limits.middle
        readier = real ? (ra > rb ? 0 : 1) : nil
        bothLeanToward = min(ra, rb) > limits.middle
    }
}

/// Whether a worry weighs on both partners, on neither, or on one of them: by direction, not by gap, so
/// 100 against 75 is a shared worry, not a "difference".
public struct ThemeDirection: Sendable, Equatable {
    public enum Weight: Sendable, Equatable {
        case both, neither
        /// Only this partner (0 or 1) weighs it.
        case one(Int)
    }

    public var id: String
    /// nil when neither weighs it and a score is missing, so nothing can be said of both.
    public var weight: Weight?
    /// Neither weighs it, and both scores are clearly below the middle (at most 100 − `themeHigh`): only
    /// then do the results say it holds neither of them back much.
    public var light: Bool
    /// Who has a score for it, in the order of the partners.
    public var scored: [Bool]

    init(_ a: ThemeScore, _ b: ThemeScore, high: Int) {
        id = a.id
        scored = [a, b].map { $0.score.value != nil }
        let weighs = [a, b].map { $0.score.value.map { $0 >= high } }
        light = [a, b].allSatisfy { ($0.score.value ?? 100) <= 100 - high }
        switch (weighs[0], weighs[1]) {
        case (true?, true?): weight = .both
        case (false?, false?): weight = .neither
        // One who weighs it is said so even when the other's score is missing.
        case (true?, _): weight = .one(0)
        case (_, true?): weight = .one(1)
        default: weight = nil
        }
    }
}

extension PairingCondition {
    public func holds(_ a: Int, _ b: Int, _ limits: Thresholds) -> Bool {
        switch self {
        case .bothReady: min(a, b) >= limits.ready
        case .bothNotNow: max(a, b) <= limits.notNow
        case .close: abs(a - b) <= limits.closeGap
        case .apart: abs(a - b) >= limits.wideGap
        case .any: true
        }
    }

    /// The rule in words, for the "why this?" view; `earlier` names the labels tried before this one.
    func explanation(_ limits: Thresholds, earlier: [String], words: InterfaceText) -> String {
        switch self {
        case .bothReady: words(.whyRuleBothReady, ["ready": String(limits.ready)])
        case .bothNotNow: words(.whyRuleBothNotNow, ["not_now": String(limits.notNow)])
        case .close: words(.whyRuleClose, ["close": String(limits.closeGap)])
        case .apart: words(.whyRuleApart, ["wide": String(limits.wideGap)])
        case .any: words(.whyRuleAny, ["labels": earlier.isEmpty ? "" : ListWords.joined(earlier, words: words)])
        }
    }
}
