import CNcursesw
import Glibc
import SamePageCore
import SamePageViews

/// The full-screen terminal: ncurses on the controlling terminal (`/dev/tty`), so standard output stays
/// free for results. Keeps every ncurses call on the thread that opened it.
public final class Terminal {
    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let ttyIn: UnsafeMutablePointer<FILE>
    private let ttyOut: UnsafeMutablePointer<FILE>
    let palette: Palette
    public let glyphs: Glyphs
    /// The locale's character set when it could not show the words and UTF-8 is used instead.
    public internal(set) var replacedCharset: String?
    private var closed = false
    /// The grid last drawn, so that a redraw sends ncurses only the rows that changed.
    var shown: Grid?

    /// Why the full-screen front end cannot run here, in words for one line.
    /// Why the full screen cannot open; the command line says it in the content's words.
    public enum Unavailable: Error, Equatable {
        case noTerminalType
        case noTerminal(Int32)
        case unknownTerminalType(String)
        case setupFailed
    }

    /// Whether the locale named in the environment (as setlocale reads it) is a UTF-8 one.
    static var asksForUTF8: Bool {
        let variables: [String] = ["LC_ALL", "LC_CTYPE", "LANG"]
        let name = variables.lazy.compactMap { variable in getenv(variable).map { String(cString: $0) } }.first { !$0.isEmpty } ?? ""
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// Opens the terminal, or says why it cannot (no controlling terminal, an unknown terminal type).
    /// `needsUnicode` tells whether the words to show have letters beyond ASCII; asked only when the
    /// locale's character set is not UTF-8.
    public static func open(color: Bool, needsUnicode: () -> Bool = { false }) -> Result<Terminal, Unavailable> {
        // Only the character type: ncurses needs UTF-8 from it; loading every category costs start-up time.
        if setlocale(LC_CTYPE, "") == nil, Self.asksForUTF8 {
            // A UTF-8 locale named but not installed here (fr_CA.UTF-8 on a machine without it) would leave
            // the C locale, where accents cannot be drawn; C.UTF-8, always there, reads the same text.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        // A character set that cannot show the language (French under LANG=C or ISO-8859-1) gets UTF-8 as an
        // uninstalled locale does; the caller says so once. English keeps it, with ASCII for its symbols.
        var replaced: String?
        let charset = String(cString: nl_langinfo(nl_item(CODESET)))
        if charset != "UTF-8", needsUnicode(), setlocale(LC_CTYPE, "C.UTF-8") != nil { replaced = charset }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty, term != "dumb" else {
            return .failure(.noTerminalType)
        }
        guard let ttyOut = fopen("/dev/tty", "w"), let ttyIn = fopen("/dev/tty", "r") else {
            return .failure(.noTerminal(errno))
        }
        // Fully buffered: ncurses then sends each frame in one write, not one write per line.
        setvbuf(ttyOut, nil, _IOFBF, 32_768)
        TerminalRestore.save(fileno(ttyOut))
        guard let screen = newterm(term, ttyOut, ttyIn) else {
            TerminalRestore.forget()
            fclose(ttyOut)
            fclose(ttyIn)
            return .failure(.unknownTerminalType(term))
        }
        set_term(screen)
        guard let window = samepage_stdscr() else {
            endwin()
            return .failure(.setupFailed)
        }
        let unicode = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        let terminal = Terminal(screen: screen, window: window, ttyIn: ttyIn, ttyOut: ttyOut, color: color, unicode: unicode)
        terminal.replacedCharset = replaced
        return .success(terminal)
    }

    private init(
        screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, ttyIn: UnsafeMutablePointer<FILE>,
        ttyOut: UnsafeMutablePointer<FILE>, color: Bool, unicode: Bool
    ) {
        self.screen = screen
        self.window = window
        self.ttyIn = ttyIn
        self.ttyOut = ttyOut
        glyphs = unicode ? .unicode : .ascii
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        // Some terminfo entries (xterm's) turn a paste's brackets, focus events and mouse reports into key
        // codes, which would let the pasted text through as typed keys: they are left raw instead, so that
        // EscapeSequence reads each whole and ignores it.
        for sequence in ["\u{1B}[200~", "\u{1B}[201~", "\u{1B}[I", "\u{1B}[O", "\u{1B}[M", "\u{1B}[<"] {
            let code = key_defined(sequence)
            if code > 0 { keyok(code, false) }
        }
        keyok(samepage_key_mouse(), false)
        set_escdelay(25)
        // No check for typed-ahead keys in the middle of an update: it split each frame into several writes,
        // each with a poll, and a frame is small enough to send whole (BENCHMARKS.md).
        typeahead(-1)
        wtimeout(window, 100)
        palette = Palette(enabled: color)
        TerminalRestore.installCrashHandlers()
        Interruption.install()
    }

    public var size: (width: Int, height: Int) {
        (Int(samepage_getmaxx(window)), Int(samepage_getmaxy(window)))
    }

    /// Leaves full-screen mode: the normal screen, echo and the cursor come back. A terminal without an
    /// alternate screen (TERM=linux, vt100) would keep the last frame, a partner's question and answers,
    /// in view, or in its scrollback once cleared, so there the screen and the scrollback are cleared.
    public func close() {
        guard !closed else { return }
        closed = true
        wipe()
        curs_set(1)
        endwin()
        clearWithoutAlternateScreen()
        delscreen(screen)
        TerminalRestore.forget()
        fclose(ttyIn)
        fclose(ttyOut)
        Interruption.uninstall()
    }

    deinit { close() }

    /// Ctrl-Z: stops like a quit for privacy. What was drawn is cleared first (and, on a terminal with no
    /// alternate screen, the scrollback too), so a stopped samepage leaves no answer in view; on `fg` the
    /// caller draws the whole screen again.
    func suspend() {
        wipe()
        curs_set(1)
        endwin()
        clearWithoutAlternateScreen()
        Glibc.signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Continued (fg): back to full screen, every row sent again by the next draw.
        Interruption.catchSuspend()
        shown = nil
        wrefresh(window)
    }

    /// On a terminal that has no alternate screen (TERM=linux, vt100), the screen and its scrollback are
    /// cleared, since leaving full-screen mode keeps the last frame there. Without an `E3` entry, the
    /// common ESC [ 3 J clears the scrollback of the emulators that have one; a real vt100 ignores it.
    private func clearWithoutAlternateScreen() {
        guard samepage_string_capability("smcup") == nil else { return }
        if let clear = samepage_string_capability("clear") { fputs(clear, ttyOut) }
        if let scrollback = samepage_string_capability("E3") { fputs(scrollback, ttyOut) } else { fputs("\u{1B}[3J", ttyOut) }
        fflush(ttyOut)
    }

    /// Clears everything drawn, for the quick exit, before closing.
    public func wipe() {
        shown = nil
        werase(window)
        wrefresh(window)
    }
}
