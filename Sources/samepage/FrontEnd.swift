import Glibc
import SamePageTerminal

/// Which front end runs: full-screen when a terminal can be opened, line by line otherwise.
enum FrontEnd {
    case fullScreen(Terminal)
    /// Plain mode, with the reason when it was not asked for.
    case plain(reason: String?)

    static func choose(plain: Bool, color: Bool) -> FrontEnd {
        if plain { return .plain(reason: nil) }
        // Piped answers are read line by line; the full-screen front end would ignore them.
        if isatty(STDIN_FILENO) == 0 { return .plain(reason: nil) }
        switch Terminal.open(color: color) {
        case .success(let terminal): return .fullScreen(terminal)
        case .failure(let problem): return .plain(reason: problem.description)
        }
    }
}
