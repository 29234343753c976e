/// The plain front end's connection to the world: lines in, text out. Tests pass closures over strings;
/// the command line passes stdin and stdout (or stderr, when stdout carries JSON).
public struct PlainIO {
    /// The next line typed or piped in, without its newline; nil when input has ended.
    public var readLine: () -> String?
    public var write: (String) -> Void
    /// Clears the screen and scrollback at the hand-off, when the output is a terminal that can.
    public var clearScreen: (() -> Void)?
    /// Whether the text goes to a terminal a person reads; with no `clearScreen`, such a terminal cannot
    /// hide one partner's answers from the other.
    public var isTerminal: Bool

    public init(
        readLine: @escaping () -> String?, write: @escaping (String) -> Void, clearScreen: (() -> Void)? = nil,
        isTerminal: Bool = false
    ) {
        self.readLine = readLine
        self.write = write
        self.clearScreen = clearScreen
        self.isTerminal = isTerminal
    }
}

/// How a plain session ended.
public enum PlainOutcome {
    /// Every partner finished; the session holds their answers and the results.
    case finished(SessionSnapshot)
    /// Someone typed q and confirmed, keeping any progress.
    case quit
    /// Someone typed q and chose to discard their answers.
    case quitDiscarding
    /// Input ran out before the end (a script with too few lines, or Ctrl-D).
    case inputEnded
}
