import CNcursesw
import Glibc
import SamePageCore
import SamePageViews

extension Terminal {
    /// What ended the wait for a key.
    public enum Input {
        case event(Event)
        /// SIGINT, SIGTERM or SIGHUP arrived.
        case signal(Int32)
    }

    /// Waits for the next key, resize or signal.
    /// Whether more keys are already waiting (typed ahead, or pasted): then a frame drawn now would be
    /// replaced at once, so the caller can wait for the last of them.
    public var hasPendingInput: Bool {
        var waiting = pollfd(fd: fileno(ttyIn), events: Int16(POLLIN), revents: 0)
        return poll(&waiting, 1, 0) > 0
    }

    public func next() -> Input {
        while true {
            if let signal = Interruption.take() { return .signal(signal) }
            if Interruption.takeSuspend() {
                suspend()
                return .event(.resize(width: size.width, height: size.height))
            }
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == ERR { continue }
            if result == samepage_key_code_yes() {
                if Int32(character) == samepage_key_resize() {
                    // ncurses may have cut or blanked rows while resizing: the next draw sends every row.
                    shown = nil
                    return .event(.resize(width: size.width, height: size.height))
                }
                if let key = Self.key(code: Int32(character)) { return .event(.key(key)) }
                continue
            }
            // An Esc starts a sequence a terminal sends for one key: read it whole (EscapeSequence).
            if character == 27 {
                if let key = escapeSequence() { return .event(.key(key)) }
                continue
            }
            if let key = Self.key(character: UInt32(character)) { return .event(.key(key)) }
        }
    }

    /// Reads what follows an Esc: the rest of a sequence arrives at once, so a short wait tells a lone Esc
    /// (the Esc key) from a sequence; a bracketed paste gets longer, since it may be large. nil when the
    /// whole sequence is to be ignored.
    private func escapeSequence() -> Key? {
        var sequence = EscapeSequence()
        defer { wtimeout(window, 100) }
        var waited = 0
        while true {
            wtimeout(window, sequence.inPaste ? 200 : 30)
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == ERR {
                // A paste may pause between chunks; two seconds without its end gives up on it.
                waited += 1
                if sequence.inPaste, waited < 10 { continue }
                if case .key(let key) = sequence.timedOut() { return key }
                return nil
            }
            waited = 0
            // A key ncurses decoded itself is pasted text (ignored with the paste), or it cut a sequence off.
            if result == samepage_key_code_yes() {
                if sequence.inPaste { continue }
                return Self.key(code: Int32(character))
            }
            switch sequence.feed(UInt32(character)) {
            case .key(let key)?: return key
            case .ignored?: return nil
            case .escapeThen(let unit)?:
                // The unit goes back to be read as the next key, after the Esc key (Esc then "s").
                unget_wch(wchar_t(bitPattern: unit))
                return .escape
            case nil: continue
            }
        }
    }

    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case samepage_key_btab(): .backTab
        default: nil
        }
    }

    static func key(character: UInt32) -> Key? {
        switch character {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 24: return .quickExit
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(character) else { return nil }
            return .character(Character(scalar))
        }
    }
}
