import SamePageCore

/// Draws a screen's parts into a grid from the top down: a header, wrapped paragraphs, rows of choices,
/// and a footer of key hints pinned to the bottom. Blank spacer lines are dropped on short windows.
struct Canvas {
    var grid: Grid
    let glyphs: Glyphs
    /// The content's sentences for the parts every screen has (the quick-exit hint, "more").
    let words: InterfaceText
    var row = 0
    let margin = 2
    /// The first row the footer uses; the body stops above it.
    private(set) var bottom: Int

    init(width: Int, height: Int, glyphs: Glyphs, words: InterfaceText) {
        grid = Grid(width: width, height: height)
        self.glyphs = glyphs
        self.words = words
        bottom = height
    }

    var textWidth: Int { grid.width - 2 * margin }
    var roomLeft: Int { bottom - row }
    /// True on windows too short for spacer lines.
    var compact: Bool { grid.height < 22 }

    /// The title on the left, who or what this screen is about on the right, then a rule.
    /// The columns the header's right side has: room is kept for "↓ more" after the title, so the two never
    /// overlap.
    var headerRoom: Int { textWidth - "samepage".count - 2 - 3 - words(.screenMoreBelow).displayWidth }

    mutating func header(_ right: String) {
        grid.put("samepage", row: 0, column: margin, style: .bold, tone: .accent)
        let shown = right.prefix(columns: headerRoom)
        grid.put(shown, row: 0, column: margin + textWidth - shown.displayWidth, style: .bold)
        rule(at: 1)
        row = 2
        spacer()
    }

    /// Says in the header that the page goes on below the window.
    mutating func moreBelow() {
        grid.put(words(.screenMoreBelow), row: 0, column: margin + "samepage".count + 3, tone: .muted)
    }

    mutating func rule(at line: Int) {
        grid.put(repeating: glyphs.rule, count: grid.width, row: line, column: 0, tone: .muted)
    }

    /// Key hints at the bottom, wrapped to as many lines as they need, with a rule above.
    mutating func footer(_ hints: [(key: String, action: String)]) {
        let all = hints + [(key: "Ctrl-X", action: words(.keysQuickExit))]
        var lines: [[(key: String, action: String)]] = [[]]
        var used = 0
        for hint in all {
            let width = hint.key.displayWidth + 1 + hint.action.displayWidth
            if used > 0 && used + 3 + width > textWidth {
                lines.append([])
                used = 0
            }
            used += (used > 0 ? 3 : 0) + width
            lines[lines.count - 1].append(hint)
        }
        bottom = grid.height - lines.count - 1
        rule(at: bottom)
        for (offset, line) in lines.enumerated() {
            var column = margin
            for (index, hint) in line.enumerated() {
                if index > 0 { column += 3 }
                column += grid.put(hint.key, row: bottom + 1 + offset, column: column, style: .bold)
                column += 1
                column += grid.put(hint.action, row: bottom + 1 + offset, column: column, tone: .muted)
            }
        }
    }

    /// One sentence in place of the rule above the footer, so showing it never moves anything else; a long
    /// one (a file's whole path) wraps upward over the body, whole, until the next key.
    mutating func status(_ text: String, tone: Tone) {
        guard bottom < grid.height else { return }
        let lines = wrapColumns(text, width: textWidth).suffix(max(bottom - 1, 1))
        for (offset, line) in lines.enumerated() {
            let row = bottom - lines.count + 1 + offset
            grid.put(String(repeating: " ", count: grid.width), row: row, column: 0)
            grid.put(line, row: row, column: margin, style: .bold, tone: tone, limit: textWidth)
        }
    }

    /// Draws `body` with the last `rows` of the body kept free, so what comes after it always fits.
    mutating func keeping(_ rows: Int, free body: (inout Canvas) -> Void) {
        let full = bottom
        bottom = max(bottom - rows, row)
        body(&self)
        bottom = full
        row = min(row, full)
    }

    /// A blank line, unless the window is short.
    mutating func spacer() {
        if !compact { row += 1 }
    }

    mutating func skip(_ lines: Int = 1) { row += lines }

    /// Wrapped text; returns how many lines it drew. Lines past the footer are not drawn.
    @discardableResult
    mutating func paragraph(_ text: String, style: TextStyle = [], tone: Tone = .plain, indent: Int = 0) -> Int {
        let lines = wrapColumns(text, width: textWidth - indent)
        for line in lines {
            guard row < bottom else { break }
            grid.put(line, row: row, column: margin + indent, style: style, tone: tone)
            row += 1
        }
        return lines.count
    }

    /// One line, clipped to the width.
    mutating func line(_ text: String, style: TextStyle = [], tone: Tone = .plain, indent: Int = 0) {
        guard row < bottom else { return }
        grid.put(text, row: row, column: margin + indent, style: style, tone: tone, limit: textWidth - indent)
        row += 1
    }

    /// A list of choices, the focused one marked with a pointer and reverse video, with the real cursor on it
    /// (on the first choice while none is focused).
    mutating func choices(_ labels: [String], focus: Int?, chosen: Int? = nil) {
        if focus == nil { grid.cursor = (row, margin + 2) }
        for (index, label) in labels.enumerated() {
            guard row < bottom else { return }
            let focused = index == focus
            let pointer = focused ? String(glyphs.pointer) : " "
            let mark = index == chosen ? "  \(glyphs.chosen) " + words(.screenYourAnswer) : ""
            grid.put(pointer, row: row, column: margin, style: .bold, tone: .accent)
            let used = grid.put(
                label + mark, row: row, column: margin + 2, style: focused ? [.reverse, .bold] : [],
                limit: textWidth - 2)
            if focused {
                grid.paint(row: row, from: margin + 2, to: margin + 2 + used, style: [.reverse, .bold])
                grid.cursor = (row, margin + 2)
            }
            row += 1
        }
    }

    /// A progress bar of `length` cells for `done` of `total`.
    func bar(done: Int, total: Int, length: Int) -> String {
        let filled = total > 0 ? (done * length + total / 2) / total : 0
        return String(repeating: glyphs.barFull, count: filled) + String(repeating: glyphs.barEmpty, count: length - filled)
    }
}
