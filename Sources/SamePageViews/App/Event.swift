import SamePageCore

/// A key press, already translated from terminal codes; the core never sees an ncurses key code.
public enum Key: Sendable, Equatable {
    case character(Character)
    case up, down, left, right, enter, backspace, escape, tab, backTab, pageUp, pageDown, home, end
    /// Ctrl-X: clears the screen and leaves at once, writing nothing.
    case quickExit
}

/// What the front end feeds into `App.handle`.
public enum Event: Sendable, Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
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
