import Glibc
import SamePageCore
import SamePageTerminal

/// Which front end runs: full-screen when a terminal can be opened, line by line otherwise.
enum FrontEnd {
    case fullScreen(Terminal)
    /// Plain mode, with the reason when it was not asked for.
    case plain(reason: String?)

    static func choose(plain: Bool, color: Bool, words: InterfaceText) -> FrontEnd {
        if plain { return .plain(reason: nil) }
        // Piped answers are read line by line; the full-screen front end would ignore them.
        if isatty(STDIN_FILENO) == 0 { return .plain(reason: nil) }
        switch Terminal.open(color: color) {
        case .success(let terminal): return .fullScreen(terminal)
        case .failure(let problem): return .plain(reason: reason(problem, words))
        }
    }

    static func reason(_ problem: Terminal.Unavailable, _ words: InterfaceText) -> String {
        switch problem {
        case .noTerminalType: words(.terminalNoTerm)
        case .noTerminal(let code): words(.terminalNoTTY, ["cause": String(cString: strerror(code))])
        case .unknownTerminalType(let term): words(.terminalUnknown, ["term": term])
        case .setupFailed: words(.terminalSetup)
        }
    }
}
