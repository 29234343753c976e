import Glibc
import SamePagePlain

extension PlainIO {
    /// Lines from standard input; prompts to `descriptor`. The hand-off clears the screen and scrollback
    /// only when prompts go to a terminal that understands it, so pipes and screen readers get plain text.
    static func standard(promptsTo descriptor: Int32) -> PlainIO {
        let isTerminal = isatty(descriptor) == 1
        let term = environment("TERM") ?? ""
        let canClear = isTerminal && !term.isEmpty && term != "dumb"
        return PlainIO(
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { writeAll($0, to: descriptor) },
            clearScreen: canClear ? { writeAll("\u{1B}[H\u{1B}[2J\u{1B}[3J", to: descriptor) } : nil,
            isTerminal: isTerminal
        )
    }
}

/// Writes all of `text`, retrying short writes; an error (a closed window, a closed pipe) ends the write
/// instead of stopping the program before the files it still has to write. True when all was written.
@discardableResult
func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return false }
        bytes = bytes.dropFirst(written)
    }
    return true
}
