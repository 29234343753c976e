import Testing
import TestSupport
@testable import SamePageViews

/// What follows an Esc is read whole: a key samepage knows, or one thing to ignore, never characters.
@Suite("Escape sequences, read whole")
struct EscapeSequenceTests {
    /// Feeds what follows the Esc, one unit at a time; the outcome, and whether it came on the last unit.
    func read(_ text: String) -> (EscapeSequence.Outcome?, atEnd: Bool) {
        var sequence = EscapeSequence()
        let units = Array(text.unicodeScalars.map(\.value))
        for (index, unit) in units.enumerated() {
            if let outcome = sequence.feed(unit) { return (outcome, index == units.count - 1) }
        }
        return (nil, true)
    }

    @Test(
        "Home, End, PgUp, PgDn and arrows in the forms of xterm, tmux, PuTTY, rxvt, the Linux console and vt100",
        arguments: [
            ("[1~", Key.home), ("[7~", .home), ("[H", .home), ("OH", .home), ("[1;5H", .home),
            ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
            ("[5~", .pageUp), ("[6~", .pageDown), ("[5;2~", .pageUp),
            ("[A", .up), ("OB", .down), ("[1;5C", .right), ("OD", .left), ("[Z", .backTab), ("OM", .enter),
        ])
    func known(_ text: String, _ key: Key) {
        let (outcome, atEnd) = read(text)
        #expect(outcome == .key(key) && atEnd, "\(text)")
    }

    @Test(
        "Insert, Delete, F-keys, focus, mouse reports and a paste are each one thing ignored",
        arguments: [
            "[2~", "[3~", "[3;5~", "OP", "OS", "[15~", "[24~", "[[A", "[I", "[O", "[M !!", "[<0;10;5M", "[<64;3;4m",
            "[200~4\u{1B}[201~", "[200~1\r2\r3\u{1B}[201~", "[200~\u{1B}[A\u{1B}[201~",
        ])
    func ignored(_ text: String) {
        let (outcome, atEnd) = read(text)
        #expect(outcome == .ignored && atEnd, "\(text.debugDescription)")
    }

    @Test("Esc followed at once by a key that starts no sequence is the Esc key, then that key read again")
    func escapeThen() {
        for text in ["s", "2", "q", "\u{1B}"] {
            #expect(read(text) == (.escapeThen(text.unicodeScalars.first!.value), true))
        }
    }

    @Test("a lone Esc is the Esc key; a sequence cut off is ignored, never typed")
    func timeouts() {
        #expect(EscapeSequence().timedOut() == .key(.escape))
        var cut = EscapeSequence()
        #expect(cut.feed(0x5B) == nil && cut.feed(0x31) == nil)
        #expect(cut.timedOut() == .ignored)
        // A runaway sequence of parameters ends on its own.
        var runaway = EscapeSequence()
        var outcome: EscapeSequence.Outcome?
        for unit in [UInt32(0x5B)] + Array(repeating: 0x31, count: 100) where outcome == nil { outcome = runaway.feed(unit) }
        #expect(outcome == .ignored)
    }
}
