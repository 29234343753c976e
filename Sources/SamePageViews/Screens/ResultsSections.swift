import SamePageCore

/// The sections of the results screen, each a list of lines built from `Results` alone: the summary that
/// opens it (fits 80×24), then readiness, worries, guesses, next steps and support, one key each.
public enum ResultsSection: Int, Sendable, CaseIterable {
    case summary = 1, readiness, worries, guesses, steps, support

    public func title(_ words: InterfaceText) -> String {
        switch self {
        case .summary: words(.sectionSummary)
        case .readiness: words(.sectionReadiness)
        case .worries: words(.sectionWorries)
        case .guesses: words(.sectionGuesses)
        case .steps: words(.sectionSteps)
        case .support: words(.sectionSupport)
        }
    }

    /// The sections a result has: "guesses" only when the perception round was taken.
    static func available(_ results: Results) -> [ResultsSection] {
        allCases.filter { $0 != .guesses || !results.perception.isEmpty }
    }
}

extension ResultsScreen {
    static func lines(_ section: ResultsSection, view: ResultsView, app: App, width: Int) -> ([Line], [Int]) {
        switch section {
        case .summary: (summary(view, app: app, width: width), [])
        case .readiness: (readiness(view.results, app: app, width: width), [])
        case .worries: (worries(view.results, app: app, width: width), [])
        case .guesses: (guesses(view.results, app: app, width: width), [])
        case .steps: steps(view, app: app, width: width)
        case .support: (app.content.checkIn.sharedLines(width: width, words: app.content.interface).enumerated().map { index, text in
            Line(text: text, style: index == 0 ? .bold : [], tone: index == 0 ? .accent : .plain)
        }, [])
        }
    }

    static func wrapped(_ text: String, width: Int, style: TextStyle = [], tone: Tone = .plain) -> [Line] {
        wrapColumns(text, width: width).map { Line(text: $0, style: style, tone: tone) }
    }

    static func summary(_ view: ResultsView, app: App, width: Int) -> [Line] {
        let results = view.results
        let content = app.content
        let summary = ResultsSummary(results: results, content: content)
        let words = content.interface
        var lines: [Line] = []
        if let sample = view.sample {
            let couple = content.samples[sample]
            lines += wrapped(words(.sampleCouple, ["title": couple.title]), width: width, style: .bold, tone: .accent)
        }
        lines += ResultsText.scoreLines(summary, results: results).enumerated().map { Line(text: $0.element, style: .bold, tone: tone($0.offset)) }
        if results.mode == .couple {
            lines.append(Line(text: ResultsText.meter(results, length: max(min(width - 10, 50), 10), glyphs: app.glyphs)))
        }
        // The pairing's longer words wait in the readiness section (2), so the summary fits 80×24.
        for sentence in [summary.gapLine].compactMap({ $0 }) { lines += wrapped(sentence, width: width, style: .bold) }
        if results.mode == .solo, let about = summary.about { lines += wrapped(about, width: width) }
        for sentence in [summary.readier].compactMap({ $0 }) { lines += wrapped(sentence, width: width) }
        if let step = summary.sharedStep { lines += wrapped(step, width: width, tone: .accent) }
        for sentence in summary.weighsMost { lines += wrapped(sentence, width: width) }
        for sentence in summary.strengths { lines += wrapped(words(.strength, ["sentence": sentence]), width: width) }
        if !summary.nextSteps.isEmpty {
            lines.append(Line(text: words(.nextStepsMore), style: .bold))
            for step in summary.nextStepTitles {
                lines += wrapColumns(step, width: width - 2).enumerated().map { Line(text: ($0.offset == 0 ? "- " : "  ") + $0.element) }
            }
        }
        return lines
    }

    static func readiness(_ results: Results, app: App, width: Int) -> [Line] {
        let content = app.content
        var lines = wrapped(content.interface(.readinessHeading), width: width, style: .bold)
        for (index, profile) in results.partners.enumerated() {
            lines.append(Line(text: ""))
            guard let band = profile.band else {
                lines += wrapped("\(profile.name): \(content.texts.notEnough).", width: width, tone: tone(index))
                continue
            }
            let words = content.words.band(band)
            lines.append(Line(text: "\(profile.name): \(profile.readiness.value ?? 0) · \(words.name)", style: .bold, tone: tone(index)))
            lines += wrapped(words.summary, width: width)
        }
        if let pair = results.pair, let label = pair.pairing {
            lines.append(Line(text: ""))
            lines += wrapped(label.name, width: width, style: .bold)
            lines += wrapped(label.summary, width: width)
        }
        return lines
    }

    /// Each worry as bars named for each person (never only a letter or a colour), with who weighs it.
    static func worries(_ results: Results, app: App, width: Int) -> [Line] {
        let content = app.content
        let names = results.partners.map(\.name)
        var lines = wrapped(ResultsText.themeHeading(results.mode, words: content.interface), width: width, style: .bold)
        let nameWidth = min(names.map(\.displayWidth).max() ?? 0, max(width / 3, 4))
        let barLength = max(min(width - nameWidth - 8, 30), 5)
        for (row, theme) in content.themes.enumerated() {
            var title = theme.name
            if let sentence = results.pair?.themes[row].sentence(names: names, words: content.interface) { title += " · " + sentence }
            lines += wrapped(title, width: width)
            for (index, profile) in results.partners.enumerated() {
                let name = profile.name.prefix(columns: nameWidth)
                let label = "  " + name + String(repeating: " ", count: nameWidth - name.displayWidth) + " "
                let text: String
                if let value = profile.themes[row].score.value {
                    let filled = (value * barLength + 50) / 100
                    text = String(repeating: app.glyphs.barFull, count: filled)
                        + String(repeating: app.glyphs.barEmpty, count: barLength - filled) + " \(value)"
                } else {
                    text = "-- \(content.texts.notEnough)"
                }
                lines.append(Line(text: label + text, tone: tone(index)))
            }
        }
        return lines
    }

    static func guesses(_ results: Results, app: App, width: Int) -> [Line] {
        let names = results.partners.map(\.name)
        var lines = wrapped(results.guessesHeading(app.content.interface), width: width, style: .bold)
        for gap in results.perception {
            lines.append(Line(text: ""))
            lines += wrapped(gap.sentence(names: names, closeGap: app.content.thresholds.closeGap, words: app.content.interface), width: width, tone: tone(gap.guesser))
        }
        return lines
    }

    /// The cards shown first, closed to a title and first step; Enter opens one, w shows why, m the rest.
    static func steps(_ view: ResultsView, app: App, width: Int) -> ([Line], [Int]) {
        let results = view.results
        let names = results.partners.map(\.name)
        var lines: [Line] = []
        var starts: [Int] = []
        let shown = view.showingMore ? results.cards.count : min(results.cards.count, Results.cardsShownFirst)
        for index in 0..<shown {
            let chosen = results.cards[index]
            if index > 0 { lines.append(Line(text: "")) }
            starts.append(lines.count)
            let focused = index == view.focusedCard
            lines += wrapped("[\(chosen.audienceLabel(names: names, words: app.content.interface))] \(chosen.card.title)", width: width,
                             style: focused ? [.bold, .reverse] : .bold)
            let open = view.openCards.contains(index)
            if open { lines += wrapped(chosen.card.text, width: width) }
            for step in open ? chosen.card.steps : Array(chosen.card.steps.prefix(1)) {
                lines += wrapColumns(step, width: width - 2).enumerated().map { Line(text: ($0.offset == 0 ? "- " : "  ") + $0.element) }
            }
            if view.showingWhy.contains(index) {
                lines += wrapped(app.content.interface(.whyThisScreen, ["reasons": chosen.reasons.joined(separator: " ")]), width: width, tone: .muted)
            }
        }
        let hidden = results.cards.count - shown
        if hidden > 0 {
            lines.append(Line(text: ""))
            lines += wrapped(app.content.interface(.moreIdeas, count: hidden), width: width, tone: .muted)
        }
        return (lines, starts)
    }

    static func tone(_ index: Int) -> Tone { index == 0 ? .partnerA : .partnerB }
}
