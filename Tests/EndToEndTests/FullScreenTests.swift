import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

@Suite("The real binary in a real terminal (tmux)", .serialized)
struct FullScreenTests {
    let content: Content
    let questions: Int
    let checkIns: Int

    init() throws {
        content = try ContentLoader.load(from: Binary.repository.appendingPathComponent("content").path)
        questions = content.questions.count
        checkIns = content.checkIn.items.count
    }

    /// One person's turn by keys: every question, Enter on the review's Done, the check-in (calm, or one
    /// that raises concern and shows the private support screen), Enter.
    func takeTurn(_ tmux: Tmux, name: String, answer: String, concern: Bool = false) throws {
        try tmux.wait(for: "\(name)'s turn")
        try tmux.send(contentsOf: Array(repeating: answer, count: questions))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.wait(for: "Private check-in · 1 of \(checkIns)")
        let answers = content.checkIn.items.map { concern ? ($0.scale == .agree ? "1" : "4") : "3" }
        try tmux.send(contentsOf: answers)
        try tmux.wait(for: content.checkIn.support.title)
        try tmux.send("Enter")
    }

    func privateTexts() -> [String] {
        content.checkIn.items.map(\.text) + [content.checkIn.support.title, content.checkIn.intro.prefix(40).description]
    }

    @Test("a whole couple session from the welcome screen to the results, then a sane terminal")
    func coupleSession() throws {
        let tmux = try Tmux([])
        try tmux.enterNames("Alex", "Sam")
        try takeTurn(tmux, name: "Alex", answer: "5")
        let handOff = try tmux.wait(for: "Sam, press Enter when you are alone.")
        try tmux.send("Enter")
        let samFirst = try tmux.wait(for: "Sam's turn")
        try takeTurn(tmux, name: "Sam", answer: "2", concern: true)
        try tmux.wait(for: "Press Enter to guess, or s to skip.")
        try tmux.send("Enter")
        let readiness = content.guessItems.count
        try tmux.wait(for: "How do you think Alex answered?")
        try tmux.send(contentsOf: Array(repeating: "4", count: readiness))
        let guessHandOff = try tmux.wait(for: "Alex, press Enter when you are ready.")
        try tmux.send("Enter")
        try tmux.wait(for: "How do you think Sam answered?")
        try tmux.send(contentsOf: Array(repeating: "2", count: readiness))
        // Neither partner reaches the joint results alone: the together screen waits for Enter, whatever else is typed.
        let together = try tmux.wait(forAll: ["Alex and Sam, please sit down together now.", "Press Enter when you are both here."])
        // Keys are read in order: once the help that `?` opens is drawn, every key before it has been handled.
        try tmux.send("y", "s", "5", "Right", "Down", "2", "?")
        try tmux.wait(for: "Press any key to close.")
        try tmux.send("Escape")
        let stillTogether = try tmux.wait(for: "the help closed") { !$0.contains("Press any key to close.") }
        #expect(stillTogether.contains("Press Enter when you are both here.") && !stillTogether.contains("Results"))
        try tmux.send("Enter")
        let results = try tmux.wait(forAll: ["Results · Summary", "Alex: ", "Sam: ", "Your readiness:", "Ctrl-X quick exit"])
        try tmux.send("2")
        try tmux.wait(for: "Results · Readiness")
        try tmux.send("End")
        try tmux.wait(for: "How you guessed each other's readiness")
        try tmux.send("q")
        try tmux.wait(for: "The results are not printed after")
        try tmux.send("y")
        let after = try tmux.wait(for: "EXIT=0")
        let history = try tmux.screen(history: true)
        #expect(after.contains("EXIT=0") && !history.contains("== Results =="), "nothing is left in the terminal's scrollback")
        #expect(Tmux.isSane(try tmux.waitForStty()))
        for screen in [handOff, samFirst, guessHandOff, together, results, history] {
            for text in privateTexts() { #expect(!screen.contains(text), "the check-in is never visible after the hand-off: \(text)") }
        }
    }

    @Test("a solo session, going back to change an answer on the way")
    func soloWithBack() throws {
        let tmux = try Tmux(["--solo"])
        try tmux.startSolo("Kim")
        try tmux.send("5", "4")
        try tmux.wait(for: "Question 3 of \(questions)")
        try tmux.send("Left")
        try tmux.wait(forAll: ["Question 2 of \(questions)", "4  \(content.scale.choices[3])  • your answer"])
        try tmux.send("1")
        try tmux.wait(for: "Question 3 of \(questions)")
        try tmux.send("r")
        try tmux.wait(for: "Choose one to change it")
        try tmux.send("Home")
        let changed = content.scale.choices[0]
        try tmux.wait(for: "question 2 shown as \(changed) in the review") { screen in
            screen.split(separator: "\n").contains { row in
                row.trimmingCharacters(in: .whitespaces).hasPrefix("2. ") && row.hasSuffix(changed)
            }
        }
        // Esc in the review goes back to the question it was opened from, rather than asking to quit.
        try tmux.send("Escape")
        try tmux.wait(for: "Question 3 of \(questions)")
        try tmux.send("r")
        try tmux.wait(for: "Choose one to change it")
        try tmux.send("End", "Enter")
        try tmux.wait(for: "Question 3 of \(questions)")
        try tmux.send(contentsOf: Array(repeating: "3", count: questions - 2))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.send(contentsOf: Array(repeating: "3", count: checkIns))
        try tmux.wait(for: content.checkIn.support.title)
        try tmux.send("Enter")
        try tmux.wait(for: "Press Enter to guess, or s to skip.")
        try tmux.send("s")
        let results = try tmux.wait(forAll: ["Results · Summary", "Kim", "Ctrl-X quick exit"])
        #expect(!results.contains("Your readiness:"), "one person has no gap")
        try tmux.send("q", "y")
        try tmux.wait(for: "EXIT=0")
    }

    @Test("a resize mid-question redraws at once and keeps the place; too small asks for more room and loses nothing")
    func resize() throws {
        let tmux = try Tmux(["--solo"])
        try tmux.startSolo()
        try tmux.send("4", "4")
        try tmux.wait(for: "Question 3 of \(questions)")
        try tmux.resize(width: 100, height: 30)
        try tmux.wait(for: "a redraw at 100 columns, at the same place") { screen in
            (screen.split(separator: "\n").first?.count ?? 0) > 90 && screen.contains("Question 3 of \(questions)")
                && screen.contains("Ctrl-X quick exit")
        }
        try tmux.resize(width: 50, height: 12)
        try tmux.wait(for: "Please make this window larger")
        try tmux.send("5")
        try tmux.resize(width: 80, height: 24)
        let back = try tmux.wait(forAll: ["Question 3 of \(questions)", "Ctrl-X quick exit"])
        #expect(!back.contains("your answer"), "the key pressed while too small did not answer")
        try tmux.send("Left")
        try tmux.wait(for: "4  \(content.scale.choices[3])  • your answer")
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=")
    }

    @Test("screens drawn row by row, as keys change them, look exactly as the same screen drawn whole")
    func incrementalDrawing() throws {
        // A name with a flag and a wide symbol (characters whose widths are easy to get wrong), shown in
        // the header of every question.
        let name = "Alex 🇫🇷 ䷀"
        let tmux = try Tmux(["--couple"])
        try tmux.enterNames(name, "Sam")
        try tmux.wait(for: "Question 1 of \(questions)")
        // Focus moves and an answer, each redrawing a few rows, to a settled screen: question 2, choice 2.
        for keys in [["Down"], ["Down", "Down"], ["Up"], ["3"], ["Down"], ["Down"]] { try tmux.sendKeys(keys) }
        let focused = "› 2  \(content.scale.choices[1])"
        let drawn = try tmux.wait(for: "question 2 with its second choice focused") { screen in
            screen.contains("Question 2 of \(questions)") && screen.contains(focused)
        }
        try tmux.wait(for: "the screen to settle") { screen in screen == drawn }
        // A resize there and back makes the program draw the whole screen again.
        try tmux.resize(width: 90, height: 24)
        try tmux.wait(for: "the wider screen") { screen in (screen.split(separator: "\n").first?.count ?? 0) > 80 }
        try tmux.resize(width: 80, height: 24)
        // Equal only once the program has drawn it whole again: the narrower copy tmux shows first is cut.
        try tmux.wait(for: "the same screen drawn whole, identical to the one drawn row by row") { screen in screen == drawn }
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=")
    }

    @Test("Ctrl-C leaves a sane terminal, keeps progress (never the answers file) and exits 130")
    func controlC() throws {
        let folder = try Binary.scratch()
        let tmux = try Tmux(["--solo", "--save", "kim.json"], folder: folder)
        try tmux.startSolo()
        try tmux.send("4")
        try tmux.wait(for: "Question 2 of \(questions)")
        try tmux.send("C-c")
        let after = try tmux.wait(for: "EXIT=130")
        #expect(
            after.replacingOccurrences(of: "\n", with: "").contains(
                "Stopped before the end. Your answers so far are kept in \(tmux.home)/.local/state/samepage/progress.json"))
        #expect(Tmux.isSane(try tmux.waitForStty()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "--save writes only at the end")
        #expect(tmux.filesInHome == [".local/state/samepage/progress.json"])
    }

    @Test("the quick-exit key clears the screen, says nothing, writes nothing, and leaves a sane terminal")
    func quickExit() throws {
        let folder = try Binary.scratch()
        let tmux = try Tmux(["--solo", "--save", "kim.json"], folder: folder)
        try tmux.startSolo()
        try tmux.send("4")
        try tmux.wait(for: "Question 2 of \(questions)")
        try tmux.send("C-x")
        let after = try tmux.wait(for: "EXIT=1")
        #expect(Tmux.isSane(try tmux.waitForStty()))
        let history = try tmux.screen(history: true)
        #expect(!history.contains("samepage"), "nothing of samepage is left on the screen")
        #expect(!after.contains("nothing was saved"), "quick exit prints nothing")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("SIGTERM and SIGHUP restore the terminal and exit with the conventional code", arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func signals(signal: Int32, code: Int) throws {
        let tmux = try Tmux(["--couple"])
        try tmux.enterNames("", "")
        try tmux.wait(for: "Question 1 of \(questions)")
        kill(try tmux.programID(), signal)
        try tmux.wait(for: "EXIT=\(code)")
        #expect(Tmux.isSane(try tmux.waitForStty()))
    }

    @Test("NO_COLOR means no colour escape sequences at all; without it, colour is used")
    func noColor() throws {
        let colourCode = try Regex(#"\x1B\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|38;|48;)[0-9;]*m"#)
        for (environment, expectColour) in [(["NO_COLOR": "1"], false), ([:], true)] {
            let tmux = try Tmux(["--solo"], environment: environment)
            try tmux.startSolo()
            // Nothing is focused until the first ↓.
            try tmux.send("Down")
            try tmux.wait(forAll: ["Question 1 of \(questions)", "Ctrl-X quick exit", "› 1"])
            let question = try tmux.screen(escapes: true)
            #expect(question.contains(colourCode) == expectColour, "\(environment)")
            #expect(question.contains("\u{1B}[7m") || question.contains(";7m"), "the focused choice is in reverse video either way")
            try tmux.send("C-x")
            try tmux.wait(for: "EXIT=")
        }
    }

    @Test("an unknown terminal type falls back to line-by-line questions, with one line saying why")
    func unknownTerminal() throws {
        let tmux = try Tmux(["--solo"], environment: ["TERM": "no-such-terminal"])
        let screen = try tmux.wait(for: "Keep your place? Type y")
        try tmux.send("Enter")
        try tmux.wait(for: "Your name [You]:")
        let unwrapped = screen.replacingOccurrences(of: "\n", with: "")
        #expect(
            unwrapped.contains("samepage: the terminal type 'no-such-terminal' is not known here, so the questions are asked line by line.")
        )
        try tmux.send("C-c")
        try tmux.wait(for: "EXIT=130")
    }

    @Test("Ctrl-Z suspends to the shell with the terminal restored, and fg brings the same screen back")
    func suspendAndResume() throws {
        let tmux = try Tmux(shell: ["--solo", "--private"])
        try tmux.startSolo()
        try tmux.send("4")
        try tmux.wait(for: "Question 2 of \(questions)")
        try tmux.send("C-z")
        try tmux.wait(for: "Stopped")
        try tmux.type("stty -a")
        try tmux.send("Enter")
        #expect(Tmux.isSane(try tmux.waitForStty()), "the shell gets a sane terminal while samepage is stopped")
        try tmux.type("clear; fg")
        try tmux.send("Enter")
        try tmux.wait(forAll: ["Question 2 of \(questions)", "Ctrl-X quick exit"])
        try tmux.send("5")
        try tmux.wait(for: "Question 3 of \(questions)")
        try tmux.send("C-x")
    }

    @Test("with stdout redirected, the screens still show and the file gets only the JSON results")
    func jsonToFile() throws {
        let folder = try Binary.scratch()
        let tmux = try Tmux(["--solo", "--json"], folder: folder, redirect: "results.json")
        try tmux.startSolo()
        try tmux.send(contentsOf: Array(repeating: "4", count: questions))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.send(contentsOf: Array(repeating: "3", count: checkIns))
        try tmux.send("Enter")
        try tmux.wait(for: "Press Enter to guess, or s to skip.")
        try tmux.send("s")
        try tmux.wait(for: "Results · Summary")
        try tmux.send("q", "y")
        try tmux.wait(for: "EXIT=0")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/results.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["partners"] as? [[String: Any]])?.first?["readiness"] != nil)
    }
}

extension Tmux {
    /// Many keys, in a few calls.
    func send(contentsOf keys: [String]) throws {
        for start in stride(from: 0, to: keys.count, by: 20) {
            try sendKeys(Array(keys[start..<min(start + 20, keys.count)]))
        }
    }
}
