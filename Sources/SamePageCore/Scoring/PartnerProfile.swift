/// One person's scores: readiness, each theme, and the hesitations that weigh most.
public struct PartnerProfile: Sendable, Equatable {
    public var name: String
    public var readiness: ScaleScore
    public var themes: [ThemeScore]
    /// Theme ids that weigh on this person (at or above `themeHigh`, clearly above the middle), highest
    /// first (ties in content order), at most `topThemes`.
    public var topThemes: [String]
    public var band: ReadinessBand?

    public init(sheet: AnswerSheet, content: Content) {
        let limits = content.thresholds
        name = sheet.name
        readiness = .of(content.readiness, answers: sheet.answers, needed: limits.minReadinessAnswers)
        themes = content.themes.map {
            ThemeScore(theme: $0, score: .of($0, answers: sheet.answers, needed: limits.minThemeAnswers))
        }
        topThemes = Self.topThemes(themes, limits)
        band = readiness.value.map { ReadinessBand(score: $0, thresholds: limits) }
    }

    /// Themes at or above the "high" line, highest first; ties keep content order.
    private static func topThemes(_ themes: [ThemeScore], _ limits: Thresholds) -> [String] {
        let high: [(order: Int, id: String, level: Int)] = themes.enumerated().compactMap { order, theme in
            guard let level = theme.score.value, level >= limits.themeHigh else { return nil }
            return (order, theme.id, level)
        }
        let ranked = high.sorted { $0.level != $1.level ? $0.level > $1.level : $0.order < $1.order }
        return ranked.prefix(limits.topThemes).map(\.id)
    }

    public func score(forTheme id: String) -> ScaleScore? { themes.first { $0.id == id }?.score }
}

public struct ThemeScore: Sendable, Equatable {
    public var id: String
    public var name: String
    public var score: ScaleScore

    public init(theme: Section, score: ScaleScore) {
        id = theme.id
        name = theme.name
        self.score = score
    }
}

extension ReadinessBand {
    public init(score: Int, thresholds: Thresholds) {
        if score >= thresholds.ready {
            self = .ready
        } else if score <= thresholds.notNow {
            self = .notNow
        } else {
            self = .open
        }
    }

    /// The scores the band covers, for the "why this?" view.
    func range(_ limits: Thresholds, words: InterfaceText) -> String {
        switch self {
        case .ready: words(.whyRangeAtLeast, ["value": String(limits.ready)])
        case .notNow: words(.whyRangeAtMost, ["value": String(limits.notNow)])
        case .open: words(.whyRangeBetween, ["low": String(limits.notNow + 1), "high": String(limits.ready - 1)])
        }
    }
}
