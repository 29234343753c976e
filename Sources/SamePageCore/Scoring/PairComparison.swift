/// How two profiles sit together: the match, the pairing label, who leans in and out, theme agreement.
public struct PairComparison: Sendable, Equatable {
    /// 100 − |readiness A − readiness B|, or nil when either readiness has no number.
    public var match: Int?
    public var gap: Int?
    public var pairing: PairingLabel?
    /// Index (0 or 1) of the partner leaning in, when the gap reaches the lean threshold.
    public var leaningIn: Int?
    public var leaningOut: Int?
    public var themes: [ThemeAgreement]

    public init(_ a: PartnerProfile, _ b: PartnerProfile, content: Content) {
        let limits = content.thresholds
        themes = zip(a.themes, b.themes).map { ThemeAgreement($0, $1, agreeGap: limits.themeAgreeGap) }
        guard let ra = a.readiness.value, let rb = b.readiness.value else {
            match = nil
            gap = nil
            pairing = nil
            leaningIn = nil
            leaningOut = nil
            return
        }
        let gap = abs(ra - rb)
        self.gap = gap
        match = 100 - gap
        pairing = content.pairings.first { $0.when.holds(ra, rb, limits) }
        // "Ready together" and "both unsure" put two people in the same place, so nobody leans in or out
        // there, even with a wide gap; calling one of two ready people "unsure" would be a mixed message.
        let samePlace = pairing.map { $0.when == .bothReady || $0.when == .bothUnsure } ?? false
        if gap >= limits.leanGap && !samePlace {
            leaningIn = ra > rb ? 0 : 1
            leaningOut = ra > rb ? 1 : 0
        } else {
            leaningIn = nil
            leaningOut = nil
        }
    }
}

/// Whether two partners hold a hesitation to a similar degree; nil when either has no number.
public struct ThemeAgreement: Sendable, Equatable {
    public var id: String
    public var gap: Int?
    public var agree: Bool?

    init(_ a: ThemeScore, _ b: ThemeScore, agreeGap: Int) {
        id = a.id
        if let va = a.score.value, let vb = b.score.value {
            gap = abs(va - vb)
            agree = abs(va - vb) <= agreeGap
        } else {
            gap = nil
            agree = nil
        }
    }
}

extension PairingCondition {
    public func holds(_ a: Int, _ b: Int, _ limits: Thresholds) -> Bool {
        switch self {
        case .bothReady: min(a, b) >= limits.ready
        case .bothUnsure: max(a, b) <= limits.unsure
        case .close: abs(a - b) <= limits.closeGap
        case .apart: abs(a - b) >= limits.leanGap
        case .any: true
        }
    }

    /// The rule in words, for the "why this?" view.
    func explanation(_ limits: Thresholds) -> String {
        switch self {
        case .bothReady: "both readiness scores are \(limits.ready) or more"
        case .bothUnsure: "both readiness scores are \(limits.unsure) or less"
        case .close: "the readiness scores are at most \(limits.closeGap) apart"
        case .apart: "the readiness scores are at least \(limits.leanGap) apart"
        case .any: "the scores fit none of the other labels"
        }
    }
}
