import SamePageCore

/// The results document's sections as lines on the screen. The summary is kept tight (no blank lines) so
/// it fits 80×24; the other sections breathe. Only the next steps are interactive: Enter opens a card,
/// w shows why it was chosen, m lists the rest.
extension ResultsScreen {
    static func document(_ view: ResultsView, app: App) -> ResultsDocument {
        let sample = view.sample.map { app.content.samples[$0] }
        return ResultsDocument(results: view.results, content: app.content, sample: sample, allCards: view.showingMore)
    }

    /// The lines of one section, and the first line of each card (for Tab to scroll to). A frame that
    /// shows two sections passes the document it built once.
    static func lines(
        _ section: ResultsSection, view: ResultsView, app: App, width: Int,
        document: ResultsDocument? = nil
    ) -> ([Line], [Int]) {
        guard let blocks = (document ?? self.document(view, app: app)).section(section)?.blocks else { return ([], []) }
        var lines: [Line] = []
        var starts: [Int] = []
        for block in blocks {
            if case .card = block { starts.append(lines.count + (lines.isEmpty ? 0 : 1)) }
            lines += render(block, section: section, view: view, app: app, width: width, first: lines.isEmpty)
        }
        return (lines, starts)
    }

    static func wrapped(_ text: String, width: Int, style: TextStyle = [], tone: Tone = .plain, indent: Int = 0) -> [Line] {
        wrapColumns(text, width: width - indent).map { Line(text: String(repeating: " ", count: indent) + $0, style: style, tone: tone) }
    }

    private static func render(
        _ block: ResultsDocument.Block, section: ResultsSection, view: ResultsView, app: App, width: Int,
        first: Bool
    ) -> [Line] {
        let gap = first || section == .summary ? [] : [Line(text: "")]
        switch block {
        case .text(let text, let role):
            switch role {
            case .plain: return wrapped(text, width: width)
            case .lead: return wrapped(text, width: width, style: .bold)
            case .note: return wrapped(text, width: width, tone: .muted)
            case .accent: return wrapped(text, width: width, tone: .accent)
            case .person(let index): return wrapped(text, width: width, style: section == .summary ? .bold : [], tone: tone(index))
            }
        case .heading(let text):
            return gap + wrapped(text, width: width, style: .bold)
        case .meter(let bars):
            let meter = ResultsText.meter(bars.map(\.value), length: max(min(width - 10, 50), 10), glyphs: app.glyphs)
            return [Line(text: meter)] + wrapped(ResultsText.legend(bars), width: width, tone: .muted)
        case .worry(let title, let bars, let about):
            return [Line(text: "")] + wrapped(title, width: width) + worryBars(bars, width: width, glyphs: app.glyphs)
                + (about.map { wrapped($0, width: width, tone: .muted, indent: 2) } ?? [])
        case .card(let card):
            return gap + cardLines(card, view: view, app: app, width: width)
        case .more(let titles):
            return gap + wrapped(app.content.interface(.resultsMoreIdeas, count: titles.count), width: width, tone: .muted)
        case .support:
            return app.content.checkIn.sharedLines(width: width, words: app.content.interface).enumerated().map { index, text in
                Line(text: text, style: index == 0 ? .bold : [], tone: index == 0 ? .accent : .plain)
            }
        }
    }

    /// Each person's level as a bar with their name (never only a letter or a colour), or what they chose.
    private static func worryBars(_ bars: [ResultsDocument.Bar], width: Int, glyphs: Glyphs) -> [Line] {
        let nameWidth = min(bars.map(\.name.displayWidth).max() ?? 0, max(width / 3, 4))
        let barLength = max(min(width - nameWidth - 8, 30), 5)
        return bars.map { bar in
            let name = bar.name.prefix(columns: nameWidth)
            let label = "  " + name + String(repeating: " ", count: nameWidth - name.displayWidth) + " "
            guard let value = bar.value else {
                // What they chose, wrapped under its name so nothing is cut off.
                return wrapColumns(bar.missing ?? "", width: max(width - label.displayWidth, 10)).enumerated().map { index, text in
                    Line(text: (index == 0 ? label : String(repeating: " ", count: label.displayWidth)) + text, tone: tone(bar.person))
                }
            }
            let filled = (value * barLength + 50) / 100
            let text =
                String(repeating: glyphs.barFull, count: filled) + String(repeating: glyphs.barEmpty, count: barLength - filled)
                + " \(value)"
            return [Line(text: label + text, tone: tone(bar.person))]
        }.flatMap { $0 }
    }

    /// A card closed to its title and first step; Enter opens it, w shows why.
    private static func cardLines(_ card: ResultsDocument.Card, view: ResultsView, app: App, width: Int) -> [Line] {
        let focused = card.index == view.focusedCard
        var lines = wrapped("[\(card.audience)] \(card.title)", width: width, style: focused ? [.bold, .reverse] : .bold)
        let open = view.openCards.contains(card.index)
        if open { lines += wrapped(card.text, width: width) }
        for step in open ? card.steps : Array(card.steps.prefix(1)) {
            lines += wrapColumns(step, width: width - 2).enumerated().map { Line(text: ($0.offset == 0 ? "- " : "  ") + $0.element) }
        }
        if view.showingWhy.contains(card.index) {
            lines += wrapped(app.content.interface(.resultsWhyThis, ["reasons": card.why]), width: width, tone: .muted)
        }
        return lines
    }

    static func tone(_ index: Int) -> Tone { index == 0 ? .partnerA : .partnerB }
}
