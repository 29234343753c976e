import SamePageCore

/// Boxes drawn over a screen: help, the quit question, and the message for a window that is too small.
enum Overlays {
    /// How wide a box's sentences are wrapped.
    static let boxWidth = 38

    /// The keys of the screen it is opened on, and only those.
    static func help(on grid: inout Grid, keys: [(key: String, action: String)], words: InterfaceText) {
        let keys = keys + [(key: "Ctrl-X", action: words(.helpQuickExit))]
        let width = (keys.map(\.key.displayWidth).max() ?? 0) + 2
        let lines = keys.map { $0.key + String(repeating: " ", count: width - $0.key.displayWidth) + $0.action } + ["", words(.helpClose)]
        box(on: &grid, title: words(.helpTitle), lines: lines)
    }

    /// A row of key choices: "y  quit        any other key  stay".
    static func choices(_ choices: [(key: String, action: String)]) -> String {
        choices.map { $0.key + "  " + $0.action }.joined(separator: "        ")
    }

    static func save(on grid: inout Grid, form: SaveForm, couple: Bool, words: InterfaceText) {
        let cancel = (words(.saveAnyOtherKey), words(.saveCancel))
        // Every sentence wraps whole inside the box, whatever the language and the window.
        let width = min(max(grid.width - 8, 20), 2 * boxWidth)
        let wrap = { (text: String) in wrapColumns(text, width: width) }
        guard let kind = form.kind else {
            // Each choice under its key, wrapped with a hanging indent.
            let offered: [(String, InterfaceKey)] = [("r", .saveReportChoice), ("p", .savePrintableChoice), ("a", .saveAnswersChoice)]
            let lines = offered.flatMap { key, text in
                wrapColumns(words(text), width: width - 3).enumerated().map { ($0.offset == 0 ? key + "  " : "   ") + $0.element }
            }
            box(on: &grid, title: words(.saveTitle), lines: lines + ["", choices([cancel])])
            return
        }
        let asked: InterfaceKey =
            switch kind {
            case .report: .saveReportAs
            case .printable: .savePrintableAs
            case .answers: .saveAnswersAs
            }
        var lines = wrap(words(asked)) + ["", "> " + form.path, ""]
        if kind == .answers && couple {
            lines.insert(contentsOf: wrap(words(.saveNamePlaceholder, ["marker": SaveForm.nameMarker])), at: 1)
        }
        lines += form.note.map { wrap($0) + [""] } ?? []
        lines.append(choices([(words(.keyNamesEnter), words(.saveSave)), (words(.keyNamesEsc), words(.saveCancel))]))
        box(on: &grid, title: words(.saveTitle), lines: lines)
        // The cursor waits at the end of the path being typed.
        if let row = grid.lines.firstIndex(where: { $0.contains("> " + form.path.prefix(columns: 20)) }) {
            let column =
                (grid.lines[row].firstIndex(of: ">").map { grid.lines[row].distance(from: grid.lines[row].startIndex, to: $0) } ?? 0)
            grid.cursor = (row, min(column + 2 + form.path.displayWidth, grid.width - 1))
        }
    }

    /// The quit question, with exactly the keys it takes (`keys`, from `App.quitKeys`): where the answers
    /// can be kept, one to keep and quit and one to discard and quit; else one to quit or leave.
    static func quitConfirm(
        on grid: inout Grid, keys: [Character], canKeep: Bool, finished: Bool, printed: Bool, demo: Bool,
        lost: String?, words: InterfaceText
    ) {
        let stay = (words(.saveAnyOtherKey), words(.quitStay))
        let wrap = { (text: String) in wrapColumns(text, width: boxWidth) }
        let first = keys.first.map(String.init) ?? ""
        let lines: [String] =
            if demo {
                wrap(words(.quitDemo)) + ["", choices([(first, words(.quitLeave)), stay])]
            } else if finished {
                wrap(words(printed ? .quitFinished : .quitFinishedNotPrinted)) + ["", choices([(first, words(.quitLeave)), stay])]
            } else if canKeep, keys.count == 2 {
                wrapColumns(words(.quitKeep), width: boxWidth - 3).enumerated().map { ($0.offset == 0 ? "\(first)  " : "   ") + $0.element }
                    + ["\(keys[1])  " + words(.quitDiscard), choices([stay])]
            } else if let lost {
                wrapColumns(words(.quitLost, ["cause": lost]), width: max(grid.width - 10, 20)) + [
                    "", choices([(first, words(.quitQuit)), stay]),
                ]
            } else {
                wrap(words(.quitNotKept)) + ["", choices([(first, words(.quitQuit)), stay])]
            }
        box(on: &grid, title: words(finished || demo ? .quitLeaveTitle : .quitTitle), lines: lines)
    }

    /// The quit question on the offer to resume: the session found stays as it is.
    static func quitResumeOffer(on grid: inout Grid, words: InterfaceText) {
        box(
            on: &grid, title: words(.quitTitle),
            lines: wrapColumns(words(.quitResumeKept), width: boxWidth)
                + ["", choices([(String(words.letter(.lettersYes)), words(.quitQuit)), (words(.saveAnyOtherKey), words(.quitStay))])])
    }

    static func startOverConfirm(on grid: inout Grid, words: InterfaceText) {
        box(
            on: &grid, title: words(.quitStartOverTitle),
            lines: wrapColumns(words(.quitStartOverText), width: boxWidth)
                + ["", choices([(String(words.letter(.lettersYes)), words(.quitStartOver)), (words(.saveAnyOtherKey), words(.quitStay))])])
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

    static func tooSmall(width: Int, height: Int, words: InterfaceText) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = wrapColumns(
            words(.screenTooSmall, ["needed": "\(App.minimumWidth)×\(App.minimumHeight)", "size": "\(width)×\(height)"]),
            width: max(width - 2, 1)
        )
        for (index, line) in lines.prefix(height).enumerated() {
            grid.put(line, row: index, column: width > 2 ? 1 : 0, style: .bold)
        }
        grid.cursor = (0, 0)
        return grid
    }
}
