import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

@Suite("The full-screen app, key by key")
struct AppTests {
    @Test("a couple goes from welcome to results with only the keys on screen")
    func wholeCouple() {
        var driver = AppDriver()
        #expect(driver.text.contains("How are you taking it?"))
        driver.startCouple("Alex", "Sam")
        #expect(driver.text.contains("Alex's turn"))
        driver.takeTurn("5")
        #expect(driver.text.contains("Sam, press Enter when you are alone."))
        driver.press(.enter)
        #expect(driver.text.contains("Sam's turn"))
        driver.takeTurn("2")
        #expect(driver.text.contains("Press Enter to guess, or s to skip."))
        driver.press(.character("s"))
        #expect(driver.app.results == nil, "Sam never sees the joint results alone")
        #expect(driver.text.contains("Alex and Sam, please sit down together now."))
        #expect(driver.text.contains("Press Enter when you are both here."))
        for key: Key in [.character("y"), .character("s"), .down, .left, .character("5")] { driver.press(key) }
        #expect(driver.app.results == nil, "only Enter opens the results")
        driver.press(.enter)
        #expect(driver.app.results != nil)
        #expect(driver.text.contains("Results"))
        #expect(driver.app.finishedSheets?.map(\.name) == ["Alex", "Sam"])
        #expect(driver.press(.character("q")) == nil, "leaving the results asks first")
        #expect(driver.text.contains("The results are not printed after"), "on a terminal, nothing is printed")
        #expect(driver.press(.character("Y")) == nil, "only the key the box shows leaves")
        driver.press(.character("q"))
        #expect(driver.press(.character("y")) == .quit)
    }

    @Test("back, forward and the review change answers without losing the place")
    func backAndReview() throws {
        var driver = AppDriver(mode: .solo)
        driver.startSolo()
        driver.press(.character("5"), .character("4"))
        driver.press(.left)
        #expect(driver.text.contains("Question 2 of 10"))
        #expect(driver.text.contains("4  A  • your answer"))
        driver.press(.right)
        #expect(driver.text.contains("Question 3 of 10"))
        driver.press(.right)
        #expect(driver.text.contains("Question 3 of 10"), "forward stops at the first unanswered question")
        driver.press(.character("r"))
        #expect(driver.text.contains("Choose one to change it"))
        driver.press(.end, .enter)
        #expect(driver.text.contains("Question 3 of 10"), "Done takes you to the first question still open")
        driver.press(.character("2"))
        #expect(driver.text.contains("Question 4 of 10"), "and from there the questions go on in order")
        driver.press(.character("r"))
        driver.press(.home, .down, .down, .enter, .character("1"))
        #expect(driver.text.contains("Choose one to change it"), "after a change the review comes back")
        guard case .session(let session, _) = driver.app.phase else { Issue.record("left the session"); return }
        #expect(session.answer(partner: 0, index: 2) == .level(1))
    }

    @Test("l on the welcome screen asks for the other language, only where there is one, and shows which is in use")
    func language() {
        var app = App(content: Fixture.content, mode: nil)
        #expect(app.handle(.key(.character("l"))) == nil, "one language: l does nothing")
        #expect(!app.render().lines[0].contains(Fixture.interface(.welcomeLanguageName)))
        app = App(content: Fixture.content, mode: nil, otherLanguage: "/content/fr")
        #expect(app.render().lines[0].hasSuffix(Fixture.interface(.welcomeHeader) + " · " + Fixture.interface(.welcomeLanguageName)))
        #expect(app.handle(.key(.character("l"))) == .switchLanguage("/content/fr"))
        _ = app.handle(.key(.enter))
        #expect(app.handle(.key(.character("l"))) == nil, "only on the welcome screen")
    }

    @Test("q and Esc ask before quitting; any key but y stays")
    func quitConfirmation() {
        var driver = AppDriver(mode: .solo)
        driver.startSolo()
        driver.press(.character("4"))
        #expect(driver.press(.character("q")) == nil)
        #expect(driver.text.contains("Quit now?"))
        #expect(driver.press(.character("n")) == nil)
        #expect(!driver.text.contains("Quit now?"))
        #expect(driver.text.contains("Question 2 of 10"))
        driver.press(.escape)
        #expect(driver.press(.character("y")) == .quit)
    }

    @Test("the quick-exit key ends at once, even over the help and quit dialogs")
    func quickExit() {
        var driver = AppDriver()
        #expect(driver.press(.quickExit) == .quickExit)
        driver.startCouple()
        driver.press(.character("?"))
        #expect(driver.press(.quickExit) == .quickExit)
        driver.press(.escape)
        #expect(driver.press(.quickExit) == .quickExit)
    }

    @Test("help opens with ? and any key closes it")
    func help() {
        var driver = AppDriver(mode: .solo)
        driver.startSolo()
        driver.press(.character("?"))
        #expect(driver.text.contains("Keys here") && driver.text.contains("r       review your answers"))
        #expect(driver.text.contains("Ctrl-X  quick exit: clear and leave now"))
        #expect(!driver.text.contains("why this card"), "only the keys of this screen")
        driver.press(.character("5"))
        #expect(!driver.text.contains("quick exit: clear"))
        #expect(driver.text.contains("Question 1 of 10"), "the key that closed help did not answer")
    }

    @Test("a resize keeps the place; too small a window waits and ignores keys until it is larger")
    func resize() {
        var driver = AppDriver(mode: .solo)
        driver.startSolo()
        driver.press(.character("3"), .character("3"))
        _ = driver.app.handle(.resize(width: 40, height: 10))
        #expect(driver.text.contains("Please make this window larger"))
        driver.press(.character("5"), .enter, .character("q"))
        _ = driver.app.handle(.resize(width: 100, height: 30))
        #expect(driver.text.contains("Question 3 of 10"))
        #expect(driver.screen.count == 30 && driver.app.render().width == 100)
        guard case .session(let session, _) = driver.app.phase else { Issue.record("left the session"); return }
        #expect(session.answer(partner: 0, index: 2) == nil, "keys pressed while too small did nothing")
    }

    @Test("the check-in and the support screen are never visible after the hand-off or on the results")
    func checkInStaysPrivate() {
        var driver = AppDriver()
        driver.startCouple("Alex", "Sam")
        driver.answerAll("4")
        driver.press(.enter, .character("1"), .character("5"))
        #expect(driver.text.contains(Fixture.checkIn.support.title))
        driver.press(.enter)
        var seen: [String] = [driver.text]
        driver.press(.enter)
        seen.append(driver.text)
        driver.answerAll("2")
        seen.append(driver.text)
        driver.press(.enter, .character("3"), .character("3"), .enter)
        seen.append(driver.text)
        driver.press(.enter)
        for _ in Fixture.readiness.items { driver.press(.character("2")) }
        seen.append(driver.text)
        driver.press(.enter)
        for _ in Fixture.readiness.items { driver.press(.character("4")) }
        for _ in 0..<40 {
            seen.append(driver.text)
            driver.press(.down)
        }
        driver.press(.character("a"))
        seen.append(driver.text)
        for screen in seen {
            #expect(!screen.contains(Fixture.checkIn.support.title))
            for item in Fixture.checkIn.items { #expect(!screen.contains(item.text)) }
        }
    }

    @Test("the perception round: the last partner guesses first, the keyboard goes back, the results compare")
    func perceptionRound() {
        var driver = AppDriver()
        driver.startCouple("Alex", "Sam")
        driver.takeTurn("5")
        driver.press(.enter)
        driver.takeTurn("3")
        driver.press(.enter)
        #expect(driver.text.contains("Sam guesses"))
        #expect(driver.text.contains("How do you think Alex answered?"))
        for _ in Fixture.readiness.items { driver.press(.character("3")) }
        #expect(driver.text.contains("Alex, press Enter when you are ready."))
        driver.press(.enter)
        #expect(driver.text.contains("How do you think Sam answered?"))
        driver.press(.character("5"), .left, .character("3"))
        driver.press(.character("s"), .enter)
        #expect(driver.app.results?.perception == [], "skipping part-way drops the guesses")
    }

    @Test("names are optional, cleaned, and never the same twice")
    func names() {
        var driver = AppDriver()
        driver.press(.character("1"))
        driver.type("Kim")
        driver.press(.backspace)
        driver.press(.tab)
        driver.type("Ki")
        driver.press(.enter)
        #expect(driver.text.contains("Ki's turn"))
        guard case .session(let session, _) = driver.app.phase else { Issue.record("no session"); return }
        #expect(session.sheets.map(\.name) == ["Ki", "Ki (2)"])
    }

    @Test("the demo choice says so when the content has no sample couples, and nothing else happens")
    func demoWithoutSamples() {
        var driver = AppDriver()
        driver.press(.character("3"))
        #expect(driver.text.contains("This content has no sample couples (content/samples.yaml)."))
        #expect(driver.text.contains("How are you taking it?"))
    }

    @Test("the demo opens on the first sample couple with every reason shown; the arrows move between couples")
    func demo() {
        var content = Fixture.content
        content.samples = [
            SampleCouple(
                id: "one", title: "First pair", about: "A.",
                sheets: [Fixture.sheet("A", Fixture.readinessCodes((5, 5))), Fixture.sheet("B", Fixture.readinessCodes((4, 4)))]),
            SampleCouple(
                id: "two", title: "Second pair", about: "B.",
                sheets: [Fixture.sheet("C", Fixture.readinessCodes((1, 1))), Fixture.sheet("D", Fixture.readinessCodes((2, 1)))]),
        ]
        var app = App(content: content, mode: nil, demo: true)
        var text: String { app.render().lines.joined(separator: "\n") }
        #expect(text.contains("Demo · couple 1 of 2") && text.contains("Sample couple: First pair"))
        guard case .results(let view) = app.phase else { Issue.record("not on results"); return }
        #expect(view.showingWhy == Set(view.results.cards.indices))
        _ = app.handle(.key(.right))
        #expect(text.contains("Sample couple: Second pair"))
        _ = app.handle(.key(.right))
        #expect(text.contains("Sample couple: First pair"), "the arrows wrap around")
        #expect(app.results == nil && app.progressChange == nil, "the demo has nothing to print or keep")
    }
}

@Suite("Scrolling keeps its place, whatever comes between keys and frames")
struct ScrollPlaceTests {
    /// A couple's results at 60×18, on the next steps (longer than the window), scrolled down two pages.
    func scrolledSteps() throws -> AppDriver {
        var driver = AppDriver(width: 60, height: 18)
        driver.finishCouple()
        driver.press(.character("5"), .pageDown, .pageDown)
        guard case .results(let view) = driver.app.phase else { throw Failure.notResults }
        try #require(view.scroll > 0, "the section is longer than the window")
        return driver
    }

    enum Failure: Error { case notResults }

    @Test("a window made too small and then large again shows the same place")
    func tooSmallAndBack() throws {
        var driver = try scrolledSteps()
        let before = driver.screen
        driver.send(.resize(width: 40, height: 10))
        #expect(driver.app.isTooSmall && !driver.text.contains(before[2]))
        driver.send(.resize(width: 60, height: 18))
        #expect(driver.screen == before)
    }

    @Test("keys typed ahead of the frame scroll the section they lead to, not the one last drawn")
    func typedAhead() throws {
        var drawn = AppDriver(width: 60, height: 18)
        drawn.finishCouple()
        drawn.press(.character("5"), .end)
        var ahead = AppDriver(width: 60, height: 18)
        ahead.finishCouple()
        // As a burst (tmux send-keys 5 End): no frame, so no layout, between the two keys.
        _ = ahead.app.handle(.key(.character("5")))
        _ = ahead.app.handle(.key(.end))
        ahead.send(.laidOut(ahead.app.frame().layout))
        #expect(ahead.screen == drawn.screen)
        guard case .results(let view) = drawn.app.phase else { throw Failure.notResults }
        #expect(view.scroll > 0, "End went somewhere")
    }
}

@Suite("The results footer says what Enter does")
struct CardFooterTests {
    @Test("Enter opens a closed card and closes an open one, and the footer says which")
    func openOrClose() {
        var driver = AppDriver()
        driver.finishCouple()
        driver.press(.character("5"))
        let open = Fixture.interface(.keyNamesEnter) + " " + Fixture.interface(.keysOpen)
        let close = Fixture.interface(.keyNamesEnter) + " " + Fixture.interface(.keysCloseCard)
        #expect(driver.text.contains(open) && !driver.text.contains(close))
        driver.press(.enter)
        #expect(driver.text.contains(close) && !driver.text.contains(open))
    }
}
