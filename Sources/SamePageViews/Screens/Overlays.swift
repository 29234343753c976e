import SamePageCore

/// Boxes drawn over a screen: help, the quit question, and the message for a window that is too small.
enum Overlays {
    /// The keys of the screen it is opened on, and only those.
    static func help(on grid: inout Grid, keys: [(key: String, action: String)]) {
        let width = (keys.map(\.key.displayWidth).max() ?? 0) + 2
        let lines = keys.map { $0.key + String(repeating: " ", count: width - $0.key.displayWidth) + $0.action }
            + ["Ctrl-X" + String(repeating: " ", count: max(width - 6, 1)) + "quick exit: clear and leave now", "", "Press any key to close."]
        box(on: &grid, title: "Keys here", lines: lines)
    }

    static func save(on grid: inout Grid, form: SaveForm, couple: Bool) {
        guard let kind = form.kind else {
            box(on: &grid, title: "Save", lines: [
                "r  the report (Markdown)", "a  the answers, to compare later", "", "any other key  cancel",
            ])
            return
        }
        var lines = [kind == .report ? "Save the report as:" : "Save the answers as:", "", "> " + form.path, ""]
        if kind == .answers && couple { lines.insert("{name} becomes each person's name.", at: 1) }
        lines += form.note.map { [$0, ""] } ?? []
        lines.append("Enter  save        Esc  cancel")
        box(on: &grid, title: "Save", lines: lines)
        // The cursor waits at the end of the path being typed.
        if let row = grid.lines.firstIndex(where: { $0.contains("> " + form.path.prefix(columns: 20)) }) {
            let column = (grid.lines[row].firstIndex(of: ">").map { grid.lines[row].distance(from: grid.lines[row].startIndex, to: $0) } ?? 0)
            grid.cursor = (row, min(column + 2 + form.path.displayWidth, grid.width - 1))
        }
    }

    static func quitConfirm(on grid: inout Grid, canKeep: Bool, finished: Bool, demo: Bool, lost: String?) {
        let lines = if demo {
            ["Nothing from the demo is kept.", "", "y  leave        any other key  stay"]
        } else if finished {
            ["The results are printed as you leave.", "", "y  leave        any other key  stay"]
        } else if canKeep {
            ["k  quit, and keep your answers on this", "   computer to finish later", "d  quit, and discard your answers",
             "any other key  stay"]
        } else if let lost {
            ["Your answers could not be kept:"] + wrapColumns(lost + ".", width: max(grid.width - 10, 20))
                + ["", "y  quit        any other key  stay"]
        } else {
            ["Your answers will not be kept.", "", "y  quit        any other key  stay"]
        }
        box(on: &grid, title: finished || demo ? "Leave now?" : "Quit now?", lines: lines)
    }

    static func startOverConfirm(on grid: inout Grid) {
        box(on: &grid, title: "Start over?", lines: [
            "These results will be gone, unless", "you saved them first.", "", "y  start over        any other key  stay",
        ])
    }

    /// A framed box in the middle of the grid; its first line takes the cursor.
    static func box(on grid: inout Grid, title: String, lines: [String]) {
        let inner = min(max(lines.map(\.displayWidth).max() ?? 0, title.displayWidth) + 2, grid.width - 4)
        let height = min(lines.count + 2, grid.height - 2)
        let top = max((grid.height - height) / 2, 0)
        let left = max((grid.width - inner - 2) / 2, 0)
        for row in top..<(top + height) {
            grid.put(String(repeating: " ", count: inner + 2), row: row, column: left)
            grid.paint(row: row, from: left, to: left + inner + 2, style: .reverse)
        }
        grid.put(" \(title) ", row: top, column: left + 2, style: [.reverse, .bold], tone: .accent)
        for (index, line) in lines.prefix(height - 2).enumerated() {
            grid.put(line, row: top + 1 + index, column: left + 2, style: .reverse, limit: inner - 1)
        }
        grid.cursor = (top + 1, left + 2)
    }

    static func tooSmall(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = wrapColumns(
            "Please make this window larger. samepage needs at least \(App.minimumWidth)×\(App.minimumHeight); "
                + "it is \(width)×\(height) now. Your place and answers are kept.",
            width: max(width - 2, 1)
        )
        for (index, line) in lines.prefix(height).enumerated() {
            grid.put(line, row: index, column: width > 2 ? 1 : 0, style: .bold)
        }
        grid.cursor = (0, 0)
        return grid
    }
}
