import SamePageCore

/// Text attributes that do not depend on colour, so every screen reads the same in monochrome.
public struct TextStyle: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextStyle(rawValue: 1)
    public static let reverse = TextStyle(rawValue: 2)
    public static let underline = TextStyle(rawValue: 8)
}

/// What a piece of text is, so the terminal can colour it when colour is on. Meaning never rests on
/// colour alone: every tone comes with words, letters or a style as well.
public enum Tone: UInt8, Sendable, CaseIterable {
    case plain, accent, partnerA, partnerB, muted, caution
}

/// One terminal cell. A wide character fills its first cell; the next cell holds an empty continuation.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var style: TextStyle
    public var tone: Tone

    public static let blank = Cell(text: " ", style: [], tone: .plain)
    static let continuation = Cell(text: "", style: [], tone: .plain)
}

/// A screen drawn in memory: rows of cells and where the real cursor should rest. The terminal layer
/// copies it to ncurses; tests read it back as lines of text.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the real cursor goes (row, column): the focused choice, so screen readers follow it.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * width + column] }

    /// Writes text from (row, column), clipped at `limit` columns and the right edge; returns the columns used.
    /// Control characters and direction overrides are never written (see `SafeText`), so nothing in the text
    /// can reach the terminal as a command.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: TextStyle = [], tone: Tone = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height, column >= 0 else { return 0 }
        let end = min(width, column + (limit ?? width))
        // Printable ASCII, most of every screen, is one cell a byte: no clusters to find, nothing unsafe.
        if text.isPrintableASCII {
            var x = column
            for byte in text.utf8 where x < end {
                cells[row * width + x] = Cell(text: Self.ascii[Int(byte) - 0x20], style: style, tone: tone)
                x += 1
            }
            return max(x - column, 0)
        }
        var x = column
        for character in text {
            if character.unicodeScalars.contains(where: SafeText.isUnsafe) { continue }
            let columns = character.displayWidth
            if columns == 0 {
                if x > column { appendMark(character, row: row, before: x) }
                continue
            }
            guard x + columns <= end else { break }
            place(Cell(text: String(character), style: style, tone: tone), columns: columns, row: row, column: x)
            x += columns
        }
        return x - column
    }

    /// The same character `count` times from (row, column), measured once: rules and bars.
    public mutating func put(repeating character: Character, count: Int, row: Int, column: Int, style: TextStyle = [], tone: Tone = .plain)
    {
        let columns = character.displayWidth
        guard row >= 0, row < height, column >= 0, columns > 0,
            !character.unicodeScalars.contains(where: SafeText.isUnsafe)
        else { return }
        let cell = Cell(text: String(character), style: style, tone: tone)
        var x = column
        for _ in 0..<max(count, 0) where x + columns <= width {
            place(cell, columns: columns, row: row, column: x)
            x += columns
        }
    }

    /// A cell and, for a character wider than one column, the continuations after it: a cluster wider than
    /// two columns (a ZWJ sequence, as ncurses counts it) covers every cell it uses.
    private mutating func place(_ cell: Cell, columns: Int, row: Int, column: Int) {
        cells[row * width + column] = cell
        for next in column + 1..<column + columns { cells[row * width + next] = .continuation }
    }

    /// One-character strings for printable ASCII, made once.
    private static let ascii: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// Fills a span with a style, for highlighted rows.
    public mutating func paint(row: Int, from column: Int, to end: Int, style: TextStyle, tone: Tone = .plain) {
        guard row >= 0, row < height else { return }
        for x in max(column, 0)..<min(end, width) {
            cells[row * width + x].style = style
            cells[row * width + x].tone = tone
        }
    }

    private mutating func appendMark(_ mark: Character, row: Int, before x: Int) {
        var index = row * width + x - 1
        while index > row * width && cells[index].text.isEmpty { index -= 1 }
        cells[index].text.append(mark)
    }

    /// The rows as text, with trailing spaces removed.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += self[row, column].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
