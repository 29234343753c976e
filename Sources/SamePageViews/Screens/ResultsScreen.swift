import SamePageCore

/// The shared results: a summary first that fits 80×24, then one section at a time, each reached by its
/// number key (listed in the footer). At 120 columns and wider the summary stands beside the section
/// chosen, so a wide window is used instead of a narrow page in a wide empty screen.
enum ResultsScreen {
    struct Line {
        var text: String
        var style: TextStyle = []
        var tone: Tone = .plain
    }

    /// The section keys, then the actions, on separate footer lines.
    static func hints(_ view: ResultsView, words: InterfaceText) -> [(key: String, action: String)] {
        let sections = ResultsSection.available(view.results).map { (key: "\($0.rawValue)", action: $0.title(words).lowercased()) }
        var actions: [(key: String, action: String)] = [("↑↓", words(.keysScroll))]
        if view.section == .nextSteps {
            // Enter opens the focused card, or closes it when it is open already.
            let enter = words(view.openCards.contains(view.focusedCard) ? .keysCloseCard : .keysOpen)
            actions += [(words(.keyNamesTab), words(.keysNextCard)), (words(.keyNamesEnter), enter), ("w", words(.keysWhy))]
        }
        if view.sample != nil {
            actions += [("← →", words(.keysOtherCouples))]
        } else {
            actions += [("s", words(.keysSave)), ("n", words(.keysStartOver))]
        }
        return sections + actions + [("?", words(.keysKeys)), ("q", words(.keysQuit))]
    }

    /// Whether this window shows two columns: the summary on the left, the chosen section on the right.
    static func twoColumns(width: Int) -> Bool { width >= 120 }

    /// Draws the results and says what the scrolled column laid out (its rows, lines and card starts).
    static func draw(_ canvas: inout Canvas, view: ResultsView, app: App) -> Layout {
        let words = canvas.words
        canvas.footer(hints(view, words: words))
        let demo =
            view.sample.map { words(.resultsDemo, ["number": String($0 + 1), "total": String(app.content.samples.count)]) + " · " } ?? ""
        // The section's name always shows: on a narrow window "Results" gives way, then the demo's couple.
        let section = view.section.title(words)
        let headers = [demo + words(.resultsTitle) + " · " + section, demo + section, section]
        canvas.header(headers.first { $0.displayWidth <= canvas.headerRoom } ?? section)
        // No blank line under the header: the summary needs every row of 80×24.
        canvas.row = 2
        let room = canvas.roomLeft
        if twoColumns(width: app.width) {
            let half = (canvas.textWidth - 3) / 2
            let document = document(view, app: app)
            let left = lines(.summary, view: view, app: app, width: half, document: document).0
            let shownRight = view.section == .summary ? (view.results.pattern != nil ? ResultsSection.pattern : .worries) : view.section
            let (right, starts) = lines(shownRight, view: view, app: app, width: half, document: document)
            let top = canvas.row
            draw(&canvas, left, scroll: view.section == .summary ? view.scroll : 0, room: room, column: canvas.margin, top: top)
            draw(
                &canvas, right, scroll: view.section == .summary ? 0 : view.scroll, room: room,
                column: canvas.margin + half + 3, top: top)
            return view.section == .summary
                ? Layout(rows: room, lines: left.count) : Layout(rows: room, lines: right.count, cardStarts: starts)
        }
        let (body, starts) = lines(view.section, view: view, app: app, width: canvas.textWidth)
        draw(&canvas, body, scroll: view.scroll, room: room, column: canvas.margin, top: canvas.row)
        return Layout(rows: room, lines: body.count, cardStarts: starts)
    }

    /// One column of lines from `scroll`, with the cursor on the focused card (or the first line).
    private static func draw(_ canvas: inout Canvas, _ lines: [Line], scroll: Int, room: Int, column: Int, top: Int) {
        let start = min(scroll, max(lines.count - room, 0))
        if start + room < lines.count { canvas.moreBelow() }
        var cursor: Int?
        for (offset, line) in lines[start...].prefix(room).enumerated() {
            if line.style.contains(.reverse) && cursor == nil { cursor = top + offset }
            canvas.grid.put(
                line.text, row: top + offset, column: column, style: line.style, tone: line.tone,
                limit: canvas.grid.width - column - canvas.margin)
        }
        if column == canvas.margin || cursor != nil { canvas.grid.cursor = (cursor ?? top, column) }
    }
}
