/// What follows an Esc, read whole: a key that terminals send as a sequence (arrows, Home, End, PgUp,
/// PgDn in the forms of xterm, tmux, screen, PuTTY, rxvt, the Linux console and vt100), or something
/// to ignore whole (Delete, Insert, F-keys, focus events, mouse reports, a bracketed paste). An Esc
/// followed by anything else is the Esc key, and what follows is read again on its own. No part of a sequence ever reaches the answer logic as a character, so a key a terminal
/// sends in a form ncurses does not know cannot answer a question. Pure: the terminal feeds it.
public struct EscapeSequence: Sendable {
    /// What a fed unit decided: nothing yet (more is needed), a key, or a whole sequence to ignore.
    public enum Outcome: Sendable, Equatable {
        case key(Key)
        case ignored
        /// A lone Esc followed at once by a key that starts no sequence (Esc then "s", as fast typing or a
        /// script sends them): the Esc key, then that unit read again as a key of its own.
        case escapeThen(UInt32)
    }

    private var bytes: [UInt32] = []
    /// Inside a bracketed paste: everything up to its end (ESC [ 201 ~) is one ignored event.
    public private(set) var inPaste = false
    /// An X10 mouse report (ESC [ M) carries three more bytes after its final one.
    private var mouseBytesLeft = 0

    public init() {}

    private static let escape: UInt32 = 27
    private static let pasteEnd: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))

    /// Feeds the next unit after the Esc; nil while the sequence goes on.
    public mutating func feed(_ unit: UInt32) -> Outcome? {
        if inPaste {
            bytes.append(unit)
            if bytes.count > Self.pasteEnd.count { bytes.removeFirst(bytes.count - Self.pasteEnd.count) }
            return bytes == Self.pasteEnd ? .ignored : nil
        }
        if mouseBytesLeft > 0 {
            mouseBytesLeft -= 1
            return mouseBytesLeft == 0 ? .ignored : nil
        }
        bytes.append(unit)
        guard let introducer = bytes.first else { return nil }
        switch introducer {
        case 0x5B: return controlSequence()  // "[": CSI
        case 0x4F: return bytes.count < 2 ? nil : Self.singleShift(bytes[1])  // "O": SS3
        default: return .escapeThen(introducer)  // Esc, then a key of its own
        }
    }

    /// When nothing more came in time: a lone Esc is the Esc key; a cut-off sequence is ignored.
    public func timedOut() -> Outcome { bytes.isEmpty ? .key(.escape) : .ignored }

    /// CSI: parameter bytes (0x30–0x3F), intermediate bytes (0x20–0x2F), then one final byte (0x40–0x7E).
    private mutating func controlSequence() -> Outcome? {
        let body = bytes.dropFirst()
        guard let last = body.last else { return nil }
        switch last {
        case 0x20...0x3F: return body.count > 64 ? .ignored : nil  // a runaway sequence ends here
        case 0x40...0x7E: break
        default: return .ignored  // not a sequence after all
        }
        let parameters = String(String.UnicodeScalarView(body.dropLast().compactMap(Unicode.Scalar.init)))
        let final = Character(Unicode.Scalar(last)!)
        if final == "~", parameters == "200" {
            inPaste = true
            bytes = []
            return nil
        }
        if final == "M", parameters.isEmpty {
            mouseBytesLeft = 3
            return nil
        }
        // The Linux console's F1–F5 are ESC [ [ A … E: one more byte belongs to it.
        if final == "[", parameters.isEmpty {
            mouseBytesLeft = 1
            return nil
        }
        // Modifiers (";5" for Ctrl, ";2" for Shift) do not change which key it is.
        let first = parameters.split(separator: ";").first.map(String.init) ?? ""
        guard !first.hasPrefix("<"), !first.hasPrefix("?") else { return .ignored }  // SGR mouse, private modes
        switch final {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "Z": return .key(.backTab)
        case "~":
            switch first {
            case "1", "7": return .key(.home)
            case "4", "8": return .key(.end)
            case "5": return .key(.pageUp)
            case "6": return .key(.pageDown)
            default: return .ignored  // Insert, Delete, F-keys
            }
        default: return .ignored  // focus in/out (I, O), F-keys (P–S), others
        }
    }

    /// SS3: one byte names the key (vt100 and xterm's application mode).
    private static func singleShift(_ unit: UInt32) -> Outcome {
        switch unit {
        case 0x41: .key(.up)
        case 0x42: .key(.down)
        case 0x43: .key(.right)
        case 0x44: .key(.left)
        case 0x48: .key(.home)
        case 0x46: .key(.end)
        case 0x4D: .key(.enter)  // the keypad's Enter
        default: .ignored  // F1–F4 (P–S), the keypad's other keys
        }
    }
}
