import SamePageCore

/// A key press, already translated from terminal codes; the core never sees an ncurses key code.
public enum Key: Sendable, Equatable {
    case character(Character)
    case up, down, left, right, enter, backspace, escape, tab, backTab, pageUp, pageDown, home, end
    /// Ctrl-X: clears the screen and leaves at once, writing nothing.
    case quickExit
}

extension Key {
    /// True for `letter` (the letters that answer a box come from the content), exactly as the box shows it.
    func isLetter(_ letter: Character) -> Bool { self == .character(letter) }
}

/// What the front end feeds into `App.handle`: what the person did, and what came of the effects the app
/// asked for (as in bubbletea or Elm, an effect's result comes back as an event, never through a setter).
public enum Event: Sendable, Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// What the frame just drawn laid out, for the keys that scroll (as Elm's measurements come back as
    /// messages): update does arithmetic on it and never lays anything out itself.
    case laidOut(Layout)
    /// The result of a `.save` effect: the sentence to show, and whether the file was written.
    case saveFinished(String, saved: Bool)
    /// `--save` could not be written as the results were reached: the save box asks for another name.
    case anotherNameNeeded(path: String, note: String)
    /// Whether the progress file is being kept: nil while writes work, else why the last one failed.
    case progressKept(problem: String?)
    /// The content a `.switchLanguage` effect loaded, and the language `l` offers after it.
    case languageLoaded(Content, next: String?)
}

/// What a frame laid out on a screen that scrolls: the rows its body had, the lines its text took, and the
/// line where each card of the next steps starts. `App` keeps the last one; `Viewport` arithmetic uses it.
public struct Layout: Sendable, Equatable {
    public var rows: Int
    public var lines: Int
    public var cardStarts: [Int]

    public init(rows: Int = 0, lines: Int = 0, cardStarts: [Int] = []) {
        self.rows = rows
        self.lines = lines
        self.cardStarts = cardStarts
    }

    /// The furthest the text scrolls: its last line at the bottom of the body.
    public var lastOffset: Int { max(lines - rows, 0) }
    /// One page: the body's rows less one kept for context, so paging never skips a line.
    public var page: Int { max(rows - 1, 1) }

    /// `offset` moved by `lines` and held between the top and the last offset.
    func scrolled(_ offset: Int, by lines: Int) -> Int { min(max(offset + lines, 0), lastOffset) }

    /// The same rows, with the text not yet laid out (keys typed ahead of the frame, after the section or
    /// the stage changed): scrolling has no end until the next frame says where it is, which then clamps.
    var unmeasured: Layout { Layout(rows: rows, lines: Int.max / 2) }
}

/// A frame: the grid to show, and what it laid out (sent back as `Event.laidOut`).
public struct Frame: Sendable {
    public let grid: Grid
    public let layout: Layout
}

/// Characters for bars and rules: box drawing where the terminal speaks UTF-8, ASCII elsewhere.
public struct Glyphs: Sendable, Equatable {
    public var rule: Character
    public var barFull: Character
    public var barEmpty: Character
    public var pointer: Character
    public var chosen: Character

    public static let unicode = Glyphs(rule: "─", barFull: "█", barEmpty: "░", pointer: "›", chosen: "•")
    public static let ascii = Glyphs(rule: "-", barFull: "#", barEmpty: ".", pointer: ">", chosen: "*")
}
