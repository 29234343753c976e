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
        var actions: [(key: String, action: String)] = [("↑↓", words(.keyScroll))]
        if view.section == .steps {
            actions += [(words(.keyNameTab), words(.keyNextCard)), (words(.keyNameEnter), words(.keyOpen)), ("w", words(.keyWhy))]
        }
        if view.sample != nil {
            actions += [("← →", words(.keyOtherCouples))]
        } else {
            actions += [("s", words(.keySave)), ("n", words(.keyStartOver))]
        }
        return sections + actions + [("?", words(.keyKeys)), ("q", words(.keyQuit))]
    }

    /// Whether this window shows two columns: the summary on the left, the chosen section on the right.
    static func twoColumns(width: Int) -> Bool { width >= 120 }

    static func draw(_ canvas: inout Canvas, view: ResultsView, app: App) {
        let words = canvas.words
        canvas.footer(hints(view, words: words))
        let demo = view.sample.map { words(.resultsDemo, ["number": String($0 + 1), "total": String(app.content.samples.count)]) + " · " } ?? ""
        canvas.header(demo + words(.resultsTitle) + " · " + view.section.title(words))
        // No blank line under the header: the summary needs every row of 80×24.
        canvas.row = 2
        let room = canvas.roomLeft
        if twoColumns(width: app.width) {
            let half = (canvas.textWidth - 3) / 2
            let document = document(view, app: app)
            let left = lines(.summary, view: view, app: app, width: half, document: document).0
            let shownRight = view.section == .summary ? (view.results.pattern != nil ? ResultsSection.pattern : .worries) : view.section
            let right = lines(shownRight, view: view, app: app, width: half, document: document).0
            let top = canvas.row
            draw(&canvas, left, scroll: view.section == .summary ? view.scroll : 0, room: room, column: canvas.margin, top: top)
            draw(&canvas, right, scroll: view.section == .summary ? 0 : view.scroll, room: room,
                 column: canvas.margin + half + 3, top: top)
            return
        }
        let body = lines(view.section, view: view, app: app, width: canvas.textWidth).0
        draw(&canvas, body, scroll: view.scroll, room: room, column: canvas.margin, top: canvas.row)
    }

    /// One column of lines from `scroll`, with the cursor on the focused card (or the first line).
    private static func draw(_ canvas: inout Canvas, _ lines: [Line], scroll: Int, room: Int, column: Int, top: Int) {
        let start = min(scroll, max(lines.count - room, 0))
        if start + room < lines.count { canvas.moreBelow() }
        var cursor: Int?
        for (offset, line) in lines[start...].prefix(room).enumerated() {
            if line.style.contains(.reverse) && cursor == nil { cursor = top + offset }
            canvas.grid.put(line.text, row: top + offset, column: column, style: line.style, tone: line.tone,
                            limit: canvas.grid.width - column - canvas.margin)
        }
        if column == canvas.margin || cursor != nil { canvas.grid.cursor = (cursor ?? top, column) }
    }

    /// The first line of card `index` in the next-steps section, to scroll to it.
    static func line(ofCard index: Int, view: ResultsView, app: App) -> Int {
        let (_, starts) = lines(.steps, view: view, app: app, width: bodyWidth(app))
        return starts.indices.contains(index) ? max(starts[index] - 1, 0) : 0
    }

    static func maximumScroll(view: ResultsView, app: App) -> Int {
        max(lines(view.section, view: view, app: app, width: bodyWidth(app)).0.count - room(view: view, app: app), 0)
    }

    /// The rows the body has under the header and above this section's footer (its key hints may wrap).
    static func room(view: ResultsView, app: App) -> Int {
        var canvas = Canvas(width: app.width, height: app.height, glyphs: app.glyphs, words: app.content.interface)
        canvas.footer(hints(view, words: canvas.words))
        canvas.header(canvas.words(.resultsTitle))
        canvas.row = 2
        return canvas.roomLeft
    }

    private static func bodyWidth(_ app: App) -> Int {
        let text = app.width - 4
        return twoColumns(width: app.width) ? (text - 3) / 2 : text
    }
}
