/// The shared results as one scrolling page: the same-page meter, the hesitation profile as bars, and the
/// guidance cards, each with a "why this?" toggle.
enum ResultsScreen {
    struct Line {
        var text: String
        var style: TextStyle = []
        var tone: Tone = .plain
    }

    static let hints: [(key: String, action: String)] = [
        ("↑↓", "scroll"), ("Tab", "next card"), ("w", "why this?"), ("s", "save"), ("n", "start over"), ("q", "quit"),
    ]

    static let demoHints: [(key: String, action: String)] = [
        ("← →", "other couples"), ("↑↓", "scroll"), ("Tab", "next card"), ("w", "why this?"), ("q", "quit"),
    ]

    static func draw(_ canvas: inout Canvas, view: ResultsView, app: App) {
        canvas.footer(view.sample == nil ? hints : demoHints)
        let (lines, _) = build(view: view, app: app, width: canvas.textWidth)
        canvas.header(view.sample.map { "Demo · couple \($0 + 1) of \(app.content.samples.count)" } ?? "Results")
        let room = canvas.roomLeft
        let start = min(view.scroll, max(lines.count - room, 0))
        if start + room < lines.count {
            canvas.moreBelow()
        }
        var cursorRow: Int?
        for line in lines[start...].prefix(room) {
            if line.style.contains(.reverse) && cursorRow == nil { cursorRow = canvas.row }
            canvas.line(line.text, style: line.style, tone: line.tone)
        }
        canvas.grid.cursor = (cursorRow ?? 2, canvas.margin)
    }

    /// The first line of card `index`, to scroll to it.
    static func line(ofCard index: Int, view: ResultsView, app: App) -> Int {
        let (_, starts) = build(view: view, app: app, width: app.width - 4)
        return starts.indices.contains(index) ? max(starts[index] - 1, 0) : 0
    }

    static func maximumScroll(view: ResultsView, app: App) -> Int {
        var canvas = Canvas(width: app.width, height: app.height, glyphs: app.glyphs)
        canvas.footer(view.sample == nil ? hints : demoHints)
        canvas.header("Results")
        let (lines, _) = build(view: view, app: app, width: canvas.textWidth)
        return max(lines.count - canvas.roomLeft, 0)
    }

    /// Every line of the page, and the line where each card starts.
    static func build(view: ResultsView, app: App, width: Int) -> ([Line], [Int]) {
        let results = view.results
        let content = app.content
        let glyphs = app.glyphs
        let names = results.partners.map(\.name)
        var lines: [Line] = []
        if let sample = view.sample {
            let couple = content.samples[sample]
            lines += wrapColumns("Sample couple: \(couple.title)", width: width).map { Line(text: $0, style: .bold, tone: .accent) }
            lines += wrapColumns(couple.about + " (Made up, for showing how samepage works.)", width: width).map { Line(text: $0) }
            lines.append(Line(text: ""))
        }
        lines += wrapColumns(results.mode == .couple ? content.texts.resultsIntro : content.texts.soloResultsIntro, width: width)
            .map { Line(text: $0, tone: .muted) }
        lines.append(Line(text: ""))
        lines.append(Line(text: "Readiness to try couples therapy (0 to 100)", style: .bold))
        let nameWidth = names.map(\.displayWidth).max() ?? 0
        for (index, profile) in results.partners.enumerated() {
            let padding = String(repeating: " ", count: nameWidth - profile.name.displayWidth)
            let score = profile.readiness.value.map(String.init) ?? content.texts.notEnough
            lines.append(Line(text: "\(ResultsText.letter(index))  \(profile.name)\(padding)  \(score)", tone: tone(index)))
        }
        lines.append(Line(text: ResultsText.meter(results, length: max(min(width - 10, 50), 10), glyphs: glyphs)))
        if let pair = results.pair {
            if let match = pair.match, let gap = pair.gap, let label = pair.pairing {
                lines.append(Line(text: "Match \(match) of 100 (a gap of \(gap)) · \(label.name)", style: .bold))
                lines += wrapColumns(label.summary, width: width).map { Line(text: $0) }
            } else {
                lines.append(Line(text: "Match: \(content.texts.notEnough).", style: .bold))
            }
            if let lean = pair.leaningIn, let out = pair.leaningOut {
                lines += wrapColumns("For now, \(names[lean]) is leaning in and \(names[out]) is leaning out.", width: width)
                    .map { Line(text: $0) }
            }
        }
        lines.append(Line(text: ""))
        lines.append(Line(text: ResultsText.themeHeading(results.mode), style: .bold))
        let barLength = max(min(width - 12, 30), 5)
        for (row, theme) in content.themes.enumerated() {
            var title = theme.name
            if let agree = results.pair?.themes[row].agree { title += agree ? " · similar" : " · different" }
            lines.append(Line(text: title))
            for (index, profile) in results.partners.enumerated() {
                let text: String
                if let value = profile.themes[row].score.value {
                    let filled = (value * barLength + 50) / 100
                    text = String(repeating: glyphs.barFull, count: filled)
                        + String(repeating: glyphs.barEmpty, count: barLength - filled) + " \(value)"
                } else {
                    text = "-- \(content.texts.notEnough)"
                }
                lines.append(Line(text: "  \(ResultsText.letter(index)) \(text)", tone: tone(index)))
            }
        }
        if !results.perception.isEmpty {
            lines.append(Line(text: ""))
            lines.append(Line(text: "How you guessed each other's readiness", style: .bold))
            for gap in results.perception {
                lines += wrapColumns(gap.sentence(names: names, closeGap: content.thresholds.closeGap), width: width)
                    .map { Line(text: $0, tone: tone(gap.guesser)) }
            }
        }
        lines.append(Line(text: ""))
        lines.append(Line(text: "Guidance and next steps", style: .bold))
        var starts: [Int] = []
        for (index, chosen) in results.cards.enumerated() {
            lines.append(Line(text: ""))
            starts.append(lines.count)
            let focused = index == view.focusedCard
            let heading = "[\(chosen.audienceLabel(names: names))] \(chosen.card.title)"
            lines += wrapColumns(heading, width: width).map { Line(text: $0, style: focused ? [.bold, .reverse] : .bold) }
            lines += wrapColumns(chosen.card.text, width: width).map { Line(text: $0) }
            lines.append(Line(text: "Next steps:"))
            for step in chosen.card.steps {
                lines += wrapColumns(step, width: width - 4).enumerated().map { Line(text: ($0.offset == 0 ? "  - " : "    ") + $0.element) }
            }
            if view.showingWhy.contains(index) {
                lines += wrapColumns("Why this? " + chosen.reasons.joined(separator: " "), width: width)
                    .map { Line(text: $0, tone: .muted) }
            } else if focused {
                lines.append(Line(text: "(press w: why this card?)", tone: .muted))
            }
        }
        lines.append(Line(text: ""))
        lines += wrapColumns(content.texts.disclaimer, width: width).map { Line(text: $0, tone: .muted) }
        lines.append(Line(text: ""))
        lines += content.checkIn.sharedLines(width: width).enumerated().map { index, text in
            Line(text: text, style: index == 0 ? .bold : [], tone: index == 0 ? .accent : .plain)
        }
        return (lines, starts)
    }

    static func tone(_ index: Int) -> Tone { index == 0 ? .partnerA : .partnerB }
}
