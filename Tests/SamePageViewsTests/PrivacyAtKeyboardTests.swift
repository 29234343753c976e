import Foundation
import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

/// Two people at one keyboard: what the screens promise about privacy and files, held against what the
/// app does.
@Suite("Privacy at one keyboard")
struct PrivacyAtKeyboardTests {
    static let path = "~/.local/state/samepage/progress.json"

    func driver(mode: SessionMode? = nil, keeping: Keeping = .possible(path: path)) -> AppDriver {
        var driver = AppDriver(mode: mode)
        driver.app = App(content: Fixture.content, mode: mode, keeping: keeping)
        return driver
    }

    static let keptSentence =
        "Your answers are kept in \(path) until you reach the results or discard them. Anyone who uses this"
        + " computer account, including a partner, can open that file."

    @Test("a couple keeps nothing unless they choose p; one person alone keeps their place; the screen says so as the focus moves")
    func keepChoice() {
        var couple = driver()
        let nothing = couple.text.replacingOccurrences(of: "\n  ", with: " ")
        #expect(nothing.contains("[ ] Keep my place if interrupted (p: keep it)"), "together is focused first: nothing kept")
        #expect(nothing.contains("Nothing is written to disk. If you quit or are interrupted, your answers are gone."))
        #expect(!nothing.contains(Self.path))
        couple.startCouple("Alex", "Sam")
        couple.press(.character("4"))
        #expect(couple.app.progressChange == nil, "a couple's session writes nothing by default")
        couple.press(.character("q"))
        #expect(couple.text.contains("Your answers will not be kept."))
        #expect(!couple.text.contains("keep your answers"))

        var solo = driver()
        solo.press(.down)
        let kept = solo.text.replacingOccurrences(of: "\n  ", with: " ")
        #expect(kept.contains("[x] Keep my place if interrupted (p: keep nothing)"), "on my own is focused: kept by default")
        #expect(kept.contains(Self.keptSentence), "the words say plainly who can open the file")
        solo.press(.enter, .enter)
        solo.press(.character("4"))
        guard case .keep(let progress)? = solo.app.progressChange else { Issue.record("nothing to keep"); return }
        #expect(progress.sheets[0].answers.count == 1)

        var chosen = driver()
        chosen.press(.character("p"))
        #expect(chosen.text.replacingOccurrences(of: "\n  ", with: " ").contains(Self.keptSentence))
        chosen.startCouple("Alex", "Sam")
        chosen.press(.character("4"))
        guard case .keep? = chosen.app.progressChange else { Issue.record("p keeps a couple's place"); return }

        var soloOff = driver()
        soloOff.press(.down, .character("p"))
        #expect(soloOff.text.contains("[ ] Keep my place if interrupted (p: keep it)"))
        soloOff.press(.enter, .enter, .character("4"))
        #expect(soloOff.app.progressChange == nil, "p keeps nothing for one person too")
    }

    @Test("what was kept goes as soon as the results are reached, and nothing is kept on the results")
    func deletedAtResults() {
        var driver = driver()
        driver.press(.character("p"))
        driver.startCouple("Alex", "Sam")
        driver.takeTurn("5")
        driver.press(.enter)
        driver.takeTurn("2")
        driver.press(.character("s"))
        guard case .keep(let progress)? = driver.app.progressChange else { Issue.record("kept until the together screen"); return }
        #expect(progress.place == .perceptionOffer)
        driver.press(.enter)
        #expect(driver.app.results != nil)
        #expect(driver.app.progressChange == .clear, "the results are not progress")
        driver.press(.down, .character("2"))
        #expect(driver.app.progressChange == .clear, "and stay cleared while the results are read")
    }

    @Test(
        "where keeping is impossible the welcome screen says why and offers no choice",
        arguments: [
            (Keeping.impossible(.privateMode), "Private mode: nothing is written to disk."),
            (.impossible(.otherSession), "samepage is already open on this account, so this window keeps nothing"),
            (
                .impossible(.unwritable("/x/samepage is not a folder")),
                "Your place cannot be kept on this computer (/x/samepage is not a folder)"
            ),
        ])
    func noChoice(keeping: Keeping, sentence: String) {
        var driver = driver(keeping: keeping)
        let screen = driver.text.replacingOccurrences(of: "\n  ", with: " ")
        #expect(screen.contains(sentence))
        #expect(!screen.contains("Keep my place if interrupted") && !screen.contains("p privacy"))
        driver.press(.character("p"))
        driver.startCouple()
        driver.press(.character("4"))
        #expect(driver.app.progressChange == nil)
    }

    @Test("a mode from the command line still opens on the welcome screen, with that mode focused")
    func welcomeFirst() {
        var driver = driver(mode: .solo)
        #expect(driver.text.contains("How are you taking it?"))
        #expect(driver.text.contains("› 2  On my own"))
        driver.press(.enter)
        #expect(driver.text.contains("Your name [You]"))
    }

    @Test("each partner's turn opens with a ready screen naming both; nothing of the turn shows before Enter")
    func readyScreens() {
        var driver = driver()
        driver.press(.character("1"))
        driver.type("Alex")
        driver.press(.tab)
        driver.type("Sam")
        driver.press(.enter)
        #expect(driver.text.contains("Sam, please step away while Alex answers."))
        #expect(driver.text.contains("Alex, press Enter when you are alone."))
        for key: Key in [.character("4"), .character("r"), .down, .right, .character(" ")] { driver.press(key) }
        #expect(!driver.text.contains("Question 1 of"), "no key but Enter leaves the ready screen")
        driver.press(.enter)
        #expect(driver.text.contains("Question 1 of 10"))
        driver.takeTurn("5")
        #expect(driver.text.contains("Alex, please step away while Sam answers."))
        #expect(driver.text.contains("Sam, press Enter when you are alone."))
        #expect(!driver.text.contains("Alex's turn"))
    }

    @Test("a resumed turn opens on its partner's ready screen, and the review lists only that partner's answers")
    func resumeShowsNothing() throws {
        var first = Session(content: Fixture.content, mode: .couple, names: ["Alex", "Sam"])
        first.proceed()
        for _ in Fixture.content.questions { first.answer(.level(5)) }
        first.proceed()
        for _ in Fixture.content.checkIn.items { first.answer(.level(3)) }
        first.proceed()
        first.proceed()
        first.answer(.level(1))
        first.answer(.level(2))
        let progress = try #require(first.progress)
        #expect(progress.place == .question(partner: 1, index: 2))

        var app = App(content: Fixture.content, mode: nil, resume: progress, keeping: .possible(path: Self.path))
        _ = app.handle(.key(.enter))
        var text: String { app.render().lines.joined(separator: "\n") }
        #expect(text.contains("Welcome back. This is where Sam's turn was left."))
        #expect(text.contains("Alex, please step away while Sam answers."))
        for key: Key in [.character("r"), .left, .character("3")] { _ = app.handle(.key(key)) }
        #expect(text.contains("Sam, press Enter when you are alone."), "nothing opens before Sam confirms")
        #expect(app.progressChange == .keep(progress), "waiting on the ready screen keeps the place")
        _ = app.handle(.key(.enter))
        #expect(text.contains("Question 3 of 10"))
        _ = app.handle(.key(.character("r")))
        #expect(text.contains("1. I would go.") && text.contains("SD"), "Sam's own answers")
        #expect(!text.contains("SA"), "never Alex's")
    }

    @Test("a session resumed at the guesses opens on a ready screen for the person it belongs to, before any guess")
    func resumeAtGuesses() throws {
        for mode in [SessionMode.couple, .solo] {
            var first = Session(content: Fixture.content, mode: mode, names: mode == .couple ? ["Alex", "Sam"] : ["Kim"])
            for _ in 0..<(mode == .couple ? 2 : 1) {
                first.proceed()
                for _ in Fixture.content.questions { first.answer(.level(4)) }
                first.proceed()
                for _ in Fixture.content.checkIn.items { first.answer(.level(3)) }
                first.proceed()
            }
            #expect(first.stage == .perceptionOffer)
            first.proceed()
            first.answer(.level(2))
            let progress = try #require(first.progress)
            #expect(progress.place == .perceptionOffer, "the guesses are not kept; the offer is")

            var app = App(content: Fixture.content, mode: nil, resume: progress, keeping: .possible(path: Self.path))
            _ = app.handle(.key(.enter))
            var text: String { app.render().lines.joined(separator: "\n") }
            if mode == .solo {
                #expect(text.contains("Welcome back. This is Kim's unfinished session"), "whoever sits down is asked first")
                #expect(!text.contains("guess"))
                _ = app.handle(.key(.enter))
                #expect(text.contains("Optional: guess"))
            }
            _ = app.handle(.key(.enter))
            if mode == .couple {
                let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(words.contains("Welcome back. This is where the guesses were left. Alex, please step away while Sam guesses."))
                #expect(text.contains("Sam, press Enter when you are ready."))
                #expect(!text.contains("How do you think"), "no guess before Sam confirms")
                _ = app.handle(.key(.enter))
            }
            #expect(text.contains("Guess 1 of"))
        }
    }

    @Test("Enter on a question with nothing chosen answers nothing and says how to choose")
    func noAnswerWithoutChoice() {
        var driver = driver(mode: .solo)
        driver.startSolo()
        driver.press(.enter)
        #expect(driver.text.contains("Question 1 of 10"))
        // The whole hint, wrapped upward from the row above the footer rather than cut at the edge.
        let hint = driver.screen[driver.screen.count - 4...driver.screen.count - 3].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(hint.joined(separator: " ") == Fixture.interface(.screenChooseFirst))
        guard case .session(let session, _) = driver.app.phase else { Issue.record("left the session"); return }
        #expect(session.answer(partner: 0, index: 0) == nil)
        driver.press(.character("x"))
        #expect(!driver.text.contains("Choose an answer first"), "the hint goes at the next key")
        driver.press(.down, .enter)
        #expect(driver.text.contains("Question 2 of 10"), "the first ↓ focuses the first choice")
        driver.press(.left)
        #expect(driver.text.contains("1  SD  • your answer"))
    }

    @Test("one Enter too many on a ready screen does not answer the first question")
    func extraEnter() {
        var driver = driver()
        driver.press(.character("1"), .enter, .enter)
        driver.press(.enter)
        guard case .session(let session, _) = driver.app.phase else { Issue.record("left the session"); return }
        #expect(session.stage == .question(partner: 0, index: 0))
        #expect(session.sheets[0].answers.isEmpty)
    }

    @Test("n on the results asks first; only y starts over, and then the kept progress goes")
    func startOverAsks() {
        var driver = driver()
        driver.finishCouple()
        #expect(driver.app.progressChange == .clear, "the results are not progress: what was kept goes as they are reached")
        driver.press(.character("n"))
        #expect(driver.text.contains("Start over?") && driver.text.contains("These results will be gone"))
        driver.press(.character("x"))
        #expect(driver.app.results != nil && driver.text.contains("Results · Summary"))
        driver.press(.character("n"), .character("y"))
        #expect(driver.app.results == nil && driver.text.contains("How are you taking it?"))
        #expect(driver.app.progressChange == .clear)
    }

    @Test("a saved file is named in a status line at the bottom, wherever the page is scrolled, until the next key")
    func savedStatus() {
        var driver = driver()
        driver.finishCouple()
        driver.press(.pageDown, .pageDown, .character("s"), .character("r"), .enter)
        driver.send(.saveFinished("Saved in report.md (readable by this account only).", saved: true))
        let rows = driver.screen
        #expect(rows[rows.count - 3] == "  Saved in report.md (readable by this account only).")
        driver.press(.down)
        #expect(!driver.text.contains("Saved in report.md"))
    }

    @Test("the save box offers the printable report beside the Markdown and the answers, each under its key")
    func printableOffered() {
        var driver = AppDriver(width: 60, height: 18)
        driver.finishCouple()
        driver.press(.character("s"))
        let box = driver.text
        for (key, words) in [("r", InterfaceKey.saveReportChoice), ("p", .savePrintableChoice), ("a", .saveAnswersChoice)] {
            let first = String(driver.app.content.interface(words).prefix(20))
            #expect(box.contains(key + "  " + first), "\(key) \(first)")
        }
        driver.press(.character("p"))
        #expect(driver.text.contains(driver.app.content.interface(.savePrintableAs)))
        let effect = driver.press(.enter)
        guard case .save(let request)? = effect else { Issue.record("no save asked for"); return }
        #expect(request.kind == .printable && request.path.hasPrefix("samepage-report-") && request.path.hasSuffix(".html"))
    }

    @Test("a failed write of progress shows at once, and the quit box no longer offers to keep")
    func failedWrite() {
        var driver = driver(mode: .solo)
        driver.startSolo()
        driver.press(.character("4"))
        driver.send(.progressKept(problem: "No space left on device"))
        #expect(driver.text.contains("Your place is not being kept: No space left on device."))
        driver.press(.character("q"))
        #expect(driver.text.contains("Your answers could not be kept:") && driver.text.contains("No space left on device."))
        #expect(!driver.text.contains("keep your answers") && !driver.text.contains("discard"))
        #expect(driver.press(.character("d")) == nil, "no discard offered")
        driver.press(.character("q"))
        #expect(driver.press(.character("y")) == .quit)
    }
}
