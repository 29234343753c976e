import SamePageCore

/// The summary that opens every result (screen, text, report; the same facts in JSON): both scores with
/// their band, the gap in words, who feels readier only when the gap is real, the shared step, what each
/// person weighs most, strengths, and the three most relevant next steps. Words that do not judge: no
/// "match" score, no "leaning in/out", and "not now" is a real answer.
public struct ResultsSummary: Sendable, Equatable {
    public struct Score: Sendable, Equatable {
        public var name: String
        /// "62", or the content's "not enough answers".
        public var score: String
        /// "Open to learning more", or nil without a score.
        public var band: String?
    }

    public var scores: [Score]
    /// "Far apart: a gap of 47 · Different paces", for a couple with two scores.
    public var gapLine: String?
    /// The pairing label's summary, or the band's summary for one person.
    public var about: String?
    /// "Sam feels readier about therapy right now.", only when the gap is wide and the lower score below the middle.
    public var readier: String?
    public var sharedStep: String?
    /// "Alex weighs most: Fear of blame, Past therapy." One line per person with a top worry.
    public var weighsMost: [String]
    public var strengths: [String]
    /// "Title: first step", for the three most relevant cards.
    public var nextSteps: [String]
    /// The titles alone, for the screen, where the summary must fit 80×24.
    public var nextStepTitles: [String]

    public init(results: Results, content: Content) {
        let names = results.partners.map(\.name)
        let words = content.interface
        let solo = results.mode == .solo
        scores = results.partners.map { profile in
            Score(name: profile.name, score: profile.readiness.value.map(String.init) ?? content.texts.notEnough,
                  band: profile.band.map { content.words.band($0).name })
        }
        if let pair = results.pair, let gap = pair.gap, let size = pair.gapSize {
            gapLine = words(.gapLine, ["words": content.words.gap(size), "gap": String(gap)]) + (pair.pairing.map { " · \($0.name)" } ?? "")
            about = pair.pairing?.summary
            readier = pair.readier.map { words(.readier, ["name": names[$0]]) }
        } else {
            gapLine = nil
            about = solo ? results.partners[0].band.map { content.words.band($0).summary } : nil
            readier = nil
        }
        sharedStep = Self.stepLine(results.steps, solo: solo, words: words)
        weighsMost = results.partners.compactMap { profile in
            let worries = profile.topThemes.compactMap { content.theme($0)?.name }
            guard !worries.isEmpty else { return nil }
            let list = worries.joined(separator: ", ")
            return solo ? words(.weighsYou, ["list": list]) : words(.weighsNamed, ["name": profile.name, "list": list])
        }
        strengths = Self.strengths(results, content: content, solo: solo)
        nextSteps = results.cards.prefix(3).map { chosen in
            chosen.card.title + (chosen.card.steps.first.map { ": " + $0 } ?? "")
        }
        nextStepTitles = results.cards.prefix(3).map(\.card.title)
    }

    static func stepLine(_ steps: StepLadder, solo: Bool, words: InterfaceText) -> String? {
        switch (steps.largest, steps.next) {
        case (let largest?, let next?): words(solo ? .stepLargestSolo : .stepLargestBoth, ["largest": largest, "next": next])
        case (let largest?, nil): words(solo ? .stepAllSolo : .stepAllBoth, ["largest": largest])
        case (nil, .some): words(solo ? .stepNoneSolo : .stepNoneBoth)
        case (nil, nil): nil
        }
    }

    /// Agreement counts as a strength only where it helps: both leaning toward trying, and worries that
    /// weigh on neither of you. Two people who both say "not now" are not given that as a strength.
    static func strengths(_ results: Results, content: Content, solo: Bool) -> [String] {
        let words = content.interface
        var lines: [String] = []
        if let pair = results.pair {
            if pair.bothLeanToward { lines.append(words(.strengthBothLean)) }
            let light = zip(content.themes, pair.themes).filter { $0.1.weight == .neither }.map(\.0.name)
            if !light.isEmpty {
                let named = light.prefix(2).map { $0.lowercased() } + (light.count > 2 ? [words(.strengthMore, count: light.count - 2)] : [])
                lines.append(words(.strengthLight, ["list": Self.list(named, words: words)]))
            }
        } else if solo, let score = results.partners[0].readiness.value, score > content.thresholds.middle {
            lines.append(words(.strengthYouLean))
        }
        return lines
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String], words: InterfaceText) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return words(.listLast, ["first": items.dropLast().joined(separator: ", "), "last": last])
    }
}

extension ThemeDirection {
    /// "Both of you weigh this", "Neither of you weighs this much", "Sam weighs this more".
    public func sentence(names: [String], words: InterfaceText) -> String? {
        switch weight {
        case .both?: words(.themeBoth)
        case .neither?: words(.themeNeither)
        case .one(let person)?: words(.themeOne, ["name": names[person]])
        case nil: nil
        }
    }
}
