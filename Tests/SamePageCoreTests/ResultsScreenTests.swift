import Testing
@testable import SamePageCore
@testable import SamePageViews

/// The results screen as a couple uses it: a summary first, one section a key, cards closed to a title and
/// a first step, a few shown first and the rest under "more".
@Suite("The results screen, section by section")
struct ResultsScreenTests {
    /// A couple far apart (100 and 25), so every kind of card is chosen.
    func driver(width: Int = 80, height: Int = 24) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.app = App(content: Fixture.content, mode: nil, width: width, height: height)
        var alex = Fixture.readinessCodes((5, 5))
        alex.merge(["p1": 4, "p2": 4, "p3": 4]) { $1 }
        var sam = Fixture.readinessCodes((2, 2))
        sam.merge(["b1": 5, "b2": 4, "b3": 2, "p1": 4, "p2": 5, "p3": 4]) { $1 }
        driver.app.finishForTest(Results(content: Fixture.content, sheets: [Fixture.sheet("Alex", alex), Fixture.sheet("Sam", sam)],
                                         mode: .couple))
        return driver
    }

    @Test("each number key opens its section; the header names it; the footer lists them")
    func sectionsByKey() {
        var driver = driver()
        #expect(driver.screen[0].hasSuffix("Results · Summary"))
        let footer = driver.screen.suffix(3).joined(separator: " ")
        for section in ["1 summary", "2 readiness", "3 worries", "5 next steps", "6 support"] { #expect(footer.contains(section)) }
        #expect(!footer.contains("4 guesses"), "no guesses section without the round")
        for (key, title) in [("2", "Readiness"), ("3", "Worries"), ("5", "Next steps"), ("6", "Support"), ("1", "Summary")] {
            driver.press(.character(Character(key)))
            #expect(driver.screen[0].hasSuffix("Results · " + title), "\(key)")
        }
        driver.press(.character("4"))
        #expect(driver.screen[0].hasSuffix("Results · Summary"), "a section that is not there is not opened")
        driver.press(.tab)
        #expect(driver.screen[0].hasSuffix("Results · Readiness"), "Tab moves to the next section")
    }

    @Test("cards are closed to a title and first step; Enter opens one, w shows why, Tab moves")
    func cards() {
        var driver = driver()
        driver.press(.character("5"))
        #expect(driver.text.contains("[For both of you] Different paces") && driver.text.contains("- S."))
        #expect(!driver.text.contains("T."), "a closed card shows no text")
        driver.press(.enter)
        #expect(driver.text.contains("T."), "Enter opens the focused card")
        driver.press(.character("w"))
        #expect(driver.text.contains("Why this? The pairing is Different paces"))
        driver.press(.tab, .character("w"))
        #expect(driver.text.contains("Why this? Alex feels readier about therapy right now"))
    }

    @Test("at most six cards are shown first; the rest wait under 'more'")
    func more() {
        var content = Fixture.content
        content.cards += (1...5).map { GuidanceCard(id: "extra-\($0)", audience: .everyone, title: "Extra \($0)", text: "T.", steps: ["S."]) }
        var app = App(content: content, mode: nil)
        app.finishForTest(Results(content: content, sheets: [Fixture.sheet("Alex", Fixture.readinessCodes((5, 5))),
                                                            Fixture.sheet("Sam", Fixture.readinessCodes((2, 2)))], mode: .couple))
        _ = app.handle(.resize(width: 80, height: 60))
        _ = app.handle(.key(.character("5")))
        var text: String { app.render().lines.joined(separator: "\n") }
        let total = app.results?.cards.count ?? 0
        #expect(total > Results.cardsShownFirst)
        #expect(text.contains("\(total - Results.cardsShownFirst) more ideas: press m to show them."))
        #expect(!text.contains("Extra 5"))
        _ = app.handle(.key(.character("m")))
        #expect(text.contains("Extra 5") && !text.contains("more ideas"))
    }

    @Test("one person alone: no 'Partner A', no Tab between fields, 'Your turn', and cards 'For you'")
    func soloWording() {
        var driver = AppDriver(mode: .solo)
        driver.press(.enter)
        #expect(driver.text.contains("Your name [You]") && !driver.text.contains("Partner A"))
        #expect(!driver.text.contains("Tab"), "one field needs no Tab")
        driver.press(.enter)
        #expect(driver.screen[0].hasSuffix("Your turn"))
        driver.takeTurn("5")
        driver.press(.character("s"))
        driver.press(.character("5"))
        #expect(driver.text.contains("[For you]") && !driver.text.contains("Partner A") && !driver.text.contains("You's"))
    }
}

@Suite("Does not apply")
struct NotApplicableTests {
    static let content: Content = {
        var content = Fixture.content
        content.themes[1].notApplicable = "I have not been to therapy before"
        return content
    }()

    @Test("a section that offers it shows a sixth choice, typed as 6, left out of the score; elsewhere 6 does nothing")
    func choice() throws {
        var driver = AppDriver(mode: .solo, content: Self.content)
        driver.startSolo()
        driver.press(.character("6"))
        #expect(driver.text.contains("Question 1 of 10"), "6 is no answer on a question that does not offer it")
        for _ in 0..<7 { driver.press(.character("4")) }
        #expect(driver.text.contains("Pace · Question 8 of 10"))
        #expect(driver.text.contains("6  I have not been to therapy before"))
        driver.press(.character("6"), .character("6"), .character("6"))
        guard case .session(let session, _) = driver.app.phase else { Issue.record("left the session"); return }
        #expect(session.answer(partner: 0, index: 7) == .notApplicable)
        let results = Results(content: Self.content, sheets: session.sheets, mode: .solo)
        #expect(results.partners[0].score(forTheme: "pace")?.value == nil, "no pace answers counted")
        #expect(Answer(code: 6) == .notApplicable && Answer.notApplicable.code == 6)
    }
}
