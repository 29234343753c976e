import CNcursesw
import SamePageCore
import SamePageViews

extension Terminal {
    /// Copies a grid to the screen: only the rows that differ from the last grid drawn (a key usually
    /// changes one or two), and ncurses then sends only the cells that changed.
    public func draw(_ grid: Grid) {
        let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { werase(window) }
        var text: [wchar_t] = []
        text.reserveCapacity(grid.width * 2 + 1)
        // Cells are read in place, not copied out one by one: a copy retains and releases its text.
        grid.cells.withUnsafeBufferPointer { cells in
            var overflowed = false
            for row in 0..<grid.height {
                let start = row * grid.width
                if !overflowed, let previous, previous.cells[start..<start + grid.width].elementsEqual(cells[start..<start + grid.width]) {
                    continue
                }
                // The row is cleared first: where the C library counts a character narrower than the grid does,
                // nothing of the old row is left at its end.
                wmove(window, Int32(row), 0)
                wclrtoeol(window)
                var column = 0
                while column < grid.width {
                    let first = start + column
                    text.removeAll(keepingCapacity: true)
                    var end = column
                    // One run of cells with the same look is one call.
                    while end < grid.width, cells[start + end].style == cells[first].style, cells[start + end].tone == cells[first].tone {
                        // An ASCII-only locale shows what it can draw, cell for cell (ASCIIFallback).
                        let shown = glyphs == .ascii ? ASCIIFallback.cell(cells[start + end].text) : cells[start + end].text
                        for scalar in shown.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                        end += 1
                    }
                    let (attributes, pair) = palette.attributes(cells[first].style, cells[first].tone)
                    wattr_set(window, attributes, pair, nil)
                    text.append(0)
                    _ = mvwaddwstr(window, Int32(row), Int32(column), text)
                    column = end
                }
                // Where it counts one wider, the row ran into the next one, which is then drawn again too.
                let (y, x) = (Int(samepage_getcury(window)), Int(samepage_getcurx(window)))
                overflowed = y > row + 1 || (y == row + 1 && x > 0)
            }
        }
        shown = grid
        wattr_set(window, samepage_a_normal(), 0, nil)
        if let cursor = grid.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }
}

/// Colour pairs for each tone, or none at all when colour is off (NO_COLOR, --no-color, a monochrome
/// terminal). Styles such as bold and reverse stay either way, so nothing depends on colour alone.
struct Palette {
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled && has_colors()
        guard self.enabled else { return }
        start_color()
        use_default_colors()
        let colours: [(Tone, Int16)] = [
            (.accent, Int16(COLOR_CYAN)), (.partnerA, Int16(COLOR_CYAN)), (.partnerB, Int16(COLOR_MAGENTA)),
            (.caution, Int16(COLOR_YELLOW)),
        ]
        for (tone, colour) in colours { init_pair(Int16(tone.rawValue), colour, -1) }
    }

    func attributes(_ style: TextStyle, _ tone: Tone) -> (attr_t, Int16) {
        var attributes = samepage_a_normal()
        if style.contains(.bold) { attributes |= samepage_a_bold() }
        if style.contains(.reverse) { attributes |= samepage_a_reverse() }
        if style.contains(.underline) { attributes |= samepage_a_underline() }
        if tone == .muted { attributes |= samepage_a_dim() }
        let pair = enabled && tone != .plain && tone != .muted ? Int16(tone.rawValue) : 0
        return (attributes, pair)
    }
}
