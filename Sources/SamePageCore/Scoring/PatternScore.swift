/// How one person's side of the pattern reads, in words rather than a verdict: they tend to raise
/// therapy, to step back when it comes up, both, or neither.
public enum PersonSide: String, Sendable, CaseIterable {
    case raises, stepsBack = "steps-back", both, neither

    public func includes(_ side: PatternSide) -> Bool {
        switch side {
        case .raise: self == .raises || self == .both
        case .stepBack: self == .stepsBack || self == .both
        }
    }
}

/// The pattern the two sides make together.
public enum CouplePattern: String, Sendable, CaseIterable {
    /// One tends to raise it while the other tends to step back.
    case raiseAndStepBack = "one-raises-one-steps-back"
    case bothStepBack = "both-step-back"
    case bothRaise = "both-raise"
    case noClearPattern = "no-clear-pattern"

    /// The pattern of two sides, and who raises it when one raises while the other steps back (0 or 1).
    /// Nil when either side is unknown (too few answers).
    public static func of(_ first: PersonSide?, _ second: PersonSide?) -> (pattern: CouplePattern, raiser: Int?)? {
        guard let first, let second else { return nil }
        switch (first, second) {
        case (.raises, .stepsBack): return (.raiseAndStepBack, 0)
        case (.stepsBack, .raises): return (.raiseAndStepBack, 1)
        case (.stepsBack, .stepsBack): return (.bothStepBack, nil)
        case (.raises, .raises): return (.bothRaise, nil)
        default: return (.noClearPattern, nil)
        }
    }
}

/// A person's two sides, each 0–100 (or no number with too few answers).
public struct SideScores: Sendable, Equatable {
    public var raise: ScaleScore
    public var stepBack: ScaleScore

    public init(raise: ScaleScore, stepBack: ScaleScore) {
        self.raise = raise
        self.stepBack = stepBack
    }

    public func score(_ side: PatternSide) -> ScaleScore { side == .raise ? raise : stepBack }

    /// A side at or above `sideHigh` describes the person; nil when either side has too few answers.
    public func side(_ limits: Thresholds) -> PersonSide? {
        guard let raise = raise.value, let stepBack = stepBack.value else { return nil }
        switch (raise >= limits.sideHigh, stepBack >= limits.sideHigh) {
        case (true, false): return .raises
        case (false, true): return .stepsBack
        case (true, true): return .both
        case (false, false): return .neither
        }
    }
}

/// One person's view, from their own answers alone: their side as they see it, and their partner's.
public struct PatternView: Sendable, Equatable {
    public var own: SideScores
    public var partner: SideScores
    public var ownSide: PersonSide?
    public var partnerSide: PersonSide?
    /// The pattern as this person sees it; `raiser` 0 is this person, 1 their partner.
    public var pattern: CouplePattern?
    public var raiser: Int?
}

/// How therapy comes up between them: each person's view, each person's side from everything said about
/// them, and the pattern those sides make. Two views that differ are information, not a contradiction.
public struct PatternResults: Sendable, Equatable {
    /// Each person's view, in the order of the partners.
    public var views: [PatternView]
    /// Each person's sides from both people's answers about them (a person alone: their own answers).
    public var sides: [SideScores]
    public var personSides: [PersonSide?]
    /// The pattern of those sides; nil when a side has too few answers.
    public var pattern: CouplePattern?
    /// Who raises it when one raises while the other steps back: a partner's index (in a couple), or for a
    /// person alone 0 for them and 1 for their partner, as they see it.
    public var raiser: Int?

    /// Nil when the content has no section on how therapy comes up.
    public init?(content: Content, sheets: [AnswerSheet]) {
        guard let section = content.pattern else { return nil }
        let limits = content.thresholds
        func items(_ side: PatternSide, _ who: PatternWho) -> [Item] {
            section.items.filter { $0.pattern?.side == side && $0.pattern?.who == who }
        }
        func scores(_ parts: (PatternSide) -> [(items: [Item], answers: [String: Answer])]) -> SideScores {
            SideScores(
                raise: .pooled(parts(.raise), needed: limits.minSideAnswers),
                stepBack: .pooled(parts(.stepBack), needed: limits.minSideAnswers))
        }
        views = sheets.map { sheet in
            let own = scores { [(items($0, .me), sheet.answers)] }
            let partner = scores { [(items($0, .partner), sheet.answers)] }
            let ownSide = own.side(limits), partnerSide = partner.side(limits)
            let seen = CouplePattern.of(ownSide, partnerSide)
            return PatternView(
                own: own, partner: partner, ownSide: ownSide, partnerSide: partnerSide,
                pattern: seen?.pattern, raiser: seen?.raiser)
        }
        if sheets.count == 2 {
            // Everything said about each person: their own "me" answers and their partner's "partner" answers.
            // A side needs at least one answer of the person's own on it: no one is described by the other's
            // view alone (which still shows, as that view).
            let views = self.views
            sides = sheets.indices.map { person in
                let own = views[person].own
                let pooled = scores { [(items($0, .me), sheets[person].answers), (items($0, .partner), sheets[1 - person].answers)] }
                return SideScores(
                    raise: own.raise.answered > 0 ? pooled.raise : own.raise,
                    stepBack: own.stepBack.answered > 0 ? pooled.stepBack : own.stepBack)
            }
            personSides = sides.map { $0.side(limits) }
            let both = CouplePattern.of(personSides[0], personSides[1])
            pattern = both?.pattern
            raiser = both?.raiser
        } else {
            sides = views.map(\.own)
            personSides = views.map(\.ownSide)
            pattern = views.first?.pattern
            raiser = views.first?.raiser
        }
    }
}
