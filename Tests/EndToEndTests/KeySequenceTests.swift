import Foundation
import SamePageContent
import Testing

/// Keys that terminals send as sequences ncurses may not know: in tmux, under each terminal type people
/// use, every sequence is read whole and none answers a question or a check-in item.
@Suite("Key sequences never answer (tmux)", .serialized)
struct KeySequenceTests {
    let questions: Int
    let checkIns: Int

    init() throws {
        let content = try ContentLoader.load(from: Binary.repository.appendingPathComponent("content").path)
        questions = content.questions.count
        checkIns = content.checkIn.items.count
    }

    /// What xterm, tmux and screen, PuTTY, rxvt, the Linux console and vt100 send for Home, End, PgUp,
    /// PgDn, Insert, Delete, F1–F5 and arrows with modifiers; focus events; mouse reports; a bracketed paste
    /// of a digit. Each as its bytes, in hex for `send-keys -H`.
    static let sequences: [String] = [
        "\u{1B}[1~", "\u{1B}[4~", "\u{1B}[7~", "\u{1B}[8~", "\u{1B}[H", "\u{1B}[F", "\u{1B}OH", "\u{1B}OF",
        "\u{1B}[5~", "\u{1B}[6~", "\u{1B}[2~", "\u{1B}[3~", "\u{1B}[3;5~",
        "\u{1B}OP", "\u{1B}OQ", "\u{1B}[15~", "\u{1B}[24~", "\u{1B}[[A", "\u{1B}[[E", "\u{1B}[1;5H",
        "\u{1B}[I", "\u{1B}[O", "\u{1B}[M !!", "\u{1B}[<0;10;5M", "\u{1B}[<0;10;5m",
        "\u{1B}[200~4\u{1B}[201~", "\u{1B}[200~1\n2\n3\u{1B}[201~",
    ]

    static func hex(_ text: String) -> [String] { text.utf8.map { String(format: "%02x", $0) } }

    func sendAll(_ tmux: Tmux) throws {
        for sequence in Self.sequences {
            try tmux.sendKeys(["-H"] + Self.hex(sequence))
        }
    }

    @Test(
        "no sequence answers a question or a check-in item, under every terminal type",
        arguments: ["screen", "tmux-256color", "xterm", "vt100", "linux", "rxvt"])
    func noAnswers(term: String) throws {
        let tmux = try Tmux(["--solo"], environment: ["TERM": term])
        // The welcome screen takes 1 2 3 for the mode, and the question about the partner takes digits too.
        try tmux.wait(for: "How are you taking it?")
        try sendAll(tmux)
        #expect(try tmux.screen().contains("How are you taking it?"), "\(term): still on the welcome screen")
        try tmux.send("Enter")
        try tmux.wait(for: "Your name")
        try tmux.type("Kim")
        try tmux.send("Enter")
        try tmux.wait(for: "Does your partner know")
        try sendAll(tmux)
        #expect(try tmux.screen().contains("Does your partner know"), "\(term): the question about the partner is not answered")
        try tmux.send("1")
        try tmux.wait(for: "Question 1 of \(questions)")
        try sendAll(tmux)
        // A key that is known moves the focus at most; the question is still the first, and a digit still answers.
        try tmux.send("3")
        try tmux.wait(for: "Question 2 of \(questions)")
        #expect(!(try tmux.screen().contains("Question 3 of")), "one answer only")
        try tmux.send("Left")
        try tmux.wait(for: "Question 1 of \(questions)")
        for _ in 0..<2 { try sendAll(tmux) }
        try tmux.send("3")
        try tmux.wait(for: "Question 2 of \(questions)")
        // Through to the private check-in, which gets the same sequences.
        for start in stride(from: 0, to: questions - 1, by: 20) {
            try tmux.sendKeys(Array(repeating: "3", count: min(20, questions - 1 - start)))
        }
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.wait(for: "Private check-in · 1 of \(checkIns)")
        try sendAll(tmux)
        try tmux.send("3")
        try tmux.wait(for: "Private check-in · 2 of \(checkIns)")
        #expect(!(try tmux.screen().contains("Private check-in · 3 of")))
        // A lone Esc still opens the box that asks whether to leave.
        try tmux.send("Escape")
        try tmux.wait(for: "Quit now?")
    }
}
