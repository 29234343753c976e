import Glibc
import SamePageCore
import SamePageTerminal

/// Which front end runs: full-screen when a terminal can be opened, line by line otherwise.
enum FrontEnd {
    case fullScreen(Terminal)
    /// Plain mode, with the reason when it was not asked for.
    case plain(reason: String?)

    static func choose(plain: Bool, color: Bool, words: InterfaceText, needsUnicode: () -> Bool) -> FrontEnd {
        if plain { return .plain(reason: nil) }
        // Piped answers are read line by line; the full-screen front end would ignore them.
        if isatty(STDIN_FILENO) == 0 { return .plain(reason: nil) }
        switch Terminal.open(color: color, needsUnicode: needsUnicode) {
        case .success(let terminal):
            if let charset = terminal.replacedCharset {
                printError(words(.terminalCharset, ["charset": charset]))
            }
            return .fullScreen(terminal)
        case .failure(let problem): return .plain(reason: reason(problem, words))
        }
    }

    /// Whether the content's words have letters beyond ASCII (French's accents), which an ASCII-only
    /// locale could not show.
    static func needsUnicode(_ content: Content) -> Bool {
        ([content.texts.title, content.texts.welcome] + content.questions.map(\.item.text)).contains { text in
            text.contains { $0.isLetter && !$0.isASCII }
        }
    }

    static func reason(_ problem: Terminal.Unavailable, _ words: InterfaceText) -> String {
        switch problem {
        case .noTerminalType: words(.terminalNoTerm)
        case .noTerminal(let code): words(.terminalNoTty, ["cause": String(cString: strerror(code))])
        case .unknownTerminalType(let term): words(.terminalUnknown, ["term": term])
        case .setupFailed: words(.terminalSetup)
        }
    }
}
