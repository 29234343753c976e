import Testing
import TestSupport
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
        driver.app.finishForTest(
            Results(
                content: Fixture.content, sheets: [Fixture.sheet("Alex", alex), Fixture.sheet("Sam", sam)],
                mode: .couple))
        return driver
    }

    @Test("each number key opens its section; the header names it; the footer lists them")
    func sectionsByKey() {
        var driver = driver()
        #expect(driver.screen[0].hasSuffix("Results · Summary"))
        let footer = driver.screen.suffix(3).joined(separator: " ")
        for section in ["1 summary", "2 readiness", "4 worries", "5 next steps", "6 support"] { #expect(footer.contains(section)) }
        #expect(!footer.contains("3 pattern"), "no pattern section when the content does not ask how therapy comes up")
        for (key, title) in [("2", "Readiness"), ("4", "Worries"), ("5", "Next steps"), ("6", "Support"), ("1", "Summary")] {
            driver.press(.character(Character(key)))
            #expect(driver.screen[0].hasSuffix("Results · " + title), "\(key)")
        }
        driver.press(.character("3"))
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
        #expect(driver.text.contains("Why this? Fear of blame is one of Sam's top worries"), "the second card is the top worry")
    }

    @Test("at most six cards are shown first; the rest wait under 'more'")
    func more() {
        var content = Fixture.content
        content.cards += (1...5).map {
            GuidanceCard(id: "extra-\($0)", audience: .everyone, title: "Extra \($0)", text: "T.", steps: ["S."])
        }
        var app = App(content: content, mode: nil)
        app.finishForTest(
            Results(
                content: content,
                sheets: [
                    Fixture.sheet("Alex", Fixture.readinessCodes((5, 5))),
                    Fixture.sheet("Sam", Fixture.readinessCodes((2, 2))),
                ], mode: .couple))
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

@Suite("A theme that asks first: the gate question")
struct GateTests {
    static let content: Content = {
        var content = Fixture.content
        content.themes[1].gate = Item(id: "pace-gate", text: "I have been to therapy before.")
        return content
    }()

    /// Fixture questions: readiness r1-r4 (1-4), blame b1-b3 (5-7), the pace gate (8), pace p1-p3 (9-11).
    @Test("disagreeing with the gate sets the theme aside: not asked, saved as 6, left out of every score; back passes over it")
    func setsAside() throws {
        var driver = AppDriver(mode: .solo, content: Self.content)
        driver.startSolo()
        driver.press(.character("6"))
        #expect(driver.text.contains("Question 1 of 11"), "6 is never an answer")
        for _ in 0..<7 { driver.press(.character("4")) }
        #expect(driver.text.contains("Pace · Question 8 of 11") && driver.text.contains("I have been to therapy before."))
        #expect(!driver.text.contains("6  "), "no sixth choice")
        driver.press(.character("2"))
        guard case .session(let session, _) = driver.app.phase else { Issue.record("left the session"); return }
        #expect(session.stage == .review(partner: 0), "the gate's theme is the last one here, so the review comes next")
        #expect((8..<11).allSatisfy { session.answer(partner: 0, index: $0) == .notApplicable })
        let results = Results(content: Self.content, sheets: session.sheets, mode: .solo)
        #expect(results.partners[0].score(forTheme: "pace")?.value == nil, "no pace answers counted")
        #expect(results.partners[0].score(forTheme: "blame")?.answered == 3, "the gate is never scored")
        driver.press(.left)
        #expect(driver.text.contains("Question 8 of 11"), "back from the review goes to the gate, never to an item set aside")
        driver.press(.left)
        #expect(driver.text.contains("Question 7 of 11"))
        #expect(Answer(code: 6) == .notApplicable && Answer.notApplicable.code == 6)
    }

    @Test("changing the gate to agree brings the items back to be answered; the review finishes them")
    func bringsBack() throws {
        var session = Session(content: Self.content, mode: .solo, names: ["Kim"])
        for _ in 0..<7 { session.answer(.level(4)) }
        session.answer(.level(1))
        #expect(session.stage == .review(partner: 0))
        session.edit(7)
        session.answer(.level(5))
        #expect(session.stage == .review(partner: 0))
        #expect((8..<11).allSatisfy { session.answer(partner: 0, index: $0) == nil }, "asked again, not left as does-not-apply")
        #expect(session.firstUnanswered == 8)
        // "Not sure" and "prefer not to say" on the gate leave the items to be asked.
        for answer in [Answer.level(3), .preferNot, .level(4)] {
            var other = Session(content: Self.content, mode: .solo, names: ["Kim"])
            for _ in 0..<7 { other.answer(.level(4)) }
            other.answer(answer)
            #expect(other.stage == .question(partner: 0, index: 8), "\(answer)")
        }
    }
}
