import Foundation
import SamePagePlain

extension PlainIO {
    /// Lines from standard input; prompts to `handle`. The hand-off clears the screen and scrollback only
    /// when prompts go to a terminal that understands it, so pipes and screen readers get plain text.
    static func standard(promptsTo handle: FileHandle) -> PlainIO {
        let isTerminal = isatty(handle.fileDescriptor) == 1
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        let canClear = isTerminal && !term.isEmpty && term != "dumb"
        return PlainIO(
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { handle.write(Data($0.utf8)) },
            clearScreen: canClear ? { handle.write(Data("\u{1B}[H\u{1B}[2J\u{1B}[3J".utf8)) } : nil
        )
    }
}
