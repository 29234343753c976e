import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

/// Whole screens compared line by line, at 80×24 and at the minimum size, with wide and accented text.
@Suite("Screens rendered in memory")
struct ScreenTests {
    /// The fixture with a long statement in mixed scripts as its first question.
    static let wide: Content = {
        var content = Fixture.content
        content.readiness.items[0].text =
            "Ich wäre bereit, mit meinem Partner zu einer ersten Sitzung zu gehen — 我愿意和伴侣一起去第一次咨询 🌱 même si l’un de nous hésite encore un peu."
        return content
    }()

    static func questionScreen(width: Int, height: Int) -> Grid {
        var driver = AppDriver(width: width, height: height, content: wide)
        driver.startCouple("Zoë 🌱", "李雷")
        // Nothing is focused at first; the first ↓ focuses choice 1, the second choice 2.
        driver.press(.down, .down)
        return driver.app.render()
    }

    @Test("the first question at 80×24, whole screen")
    func question80x24() {
        let grid = Self.questionScreen(width: 80, height: 24)
        #expect(
            grid.lines == [
                "  samepage                                                       Zoë 🌱's turn",
                String(repeating: "─", count: 80),
                "",
                "  Readiness · Question 1 of 10                            ░░░░░░░░░░░░░░░░░░░░",
                "",
                "  Ich wäre bereit, mit meinem Partner zu einer ersten Sitzung zu gehen —",
                "  我愿意和伴侣一起去第一次咨询 🌱 même si l’un de nous hésite encore un peu.",
                "",
                "    1  SD",
                "  › 2  D",
                "    3  N",
                "    4  A",
                "    5  SA",
                "    0  Prefer not to say",
                "", "", "", "", "", "", "",
                String(repeating: "─", count: 80),
                "  ↑↓ move   1-5 answer   0 prefer not to say   Enter choose   ← back",
                "  r review   ? help   q quit   Ctrl-X quick exit",
            ])
        #expect(grid.lines[0].displayWidth == 78, "the header keeps its right margin with an emoji in the name")
        #expect(grid.cursor?.row == 9 && grid.cursor?.column == 4, "the real cursor rests on the focused choice")
        #expect(grid[9, 4].style.contains(.reverse), "the focused choice is marked by more than colour")
    }

    @Test("the same question at the minimum size shows the whole statement, all six choices and the keys")
    func questionMinimum() {
        let grid = Self.questionScreen(width: App.minimumWidth, height: App.minimumHeight)
        #expect(
            grid.lines == [
                "  samepage                                   Zoë 🌱's turn",
                String(repeating: "─", count: 60),
                "  Readiness · Question 1 of 10        ░░░░░░░░░░░░░░░░░░░░",
                "  Ich wäre bereit, mit meinem Partner zu einer ersten",
                "  Sitzung zu gehen — 我愿意和伴侣一起去第一次咨询 🌱 même",
                "  si l’un de nous hésite encore un peu.",
                "    1  SD",
                "  › 2  D",
                "    3  N",
                "    4  A",
                "    5  SA",
                "    0  Prefer not to say",
                "", "",
                String(repeating: "─", count: 60),
                "  ↑↓ move   1-5 answer   0 prefer not to say",
                "  Enter choose   ← back   r review   ? help   q quit",
                "  Ctrl-X quick exit",
            ])
    }

    @Test(
        "every screen fits its window at 80×24 and at the minimum size, and names the quick-exit key",
        arguments: [(80, 24), (App.minimumWidth, App.minimumHeight), (132, 40)])
    func everyScreenFits(width: Int, height: Int) {
        for (name, app) in Self.everyScreen(width: width, height: height) {
            let grid = app.render()
            #expect(grid.lines.count == height, "\(name)")
            for line in grid.lines { #expect(line.displayWidth <= width, "\(name): \(line)") }
            #expect(grid.lines.contains { $0.contains("Ctrl-X quick exit") }, "\(name)")
            if let cursor = grid.cursor { #expect(cursor.row < height && cursor.column < width, "\(name)") }
        }
    }

    @Test("the quick-exit key ends at once from every screen of a session")
    func quickExitEverywhere() {
        for (name, app) in Self.everyScreen(width: 80, height: 24) {
            var app = app
            #expect(app.handle(.key(.quickExit)) == .quickExit, "\(name)")
        }
    }

    /// Every screen of a couple session, in order, at one size.
    static func everyScreen(width: Int, height: Int) -> [(String, App)] {
        var driver = AppDriver(width: width, height: height, content: wide)
        var screens: [(String, App)] = [("welcome", driver.app)]
        driver.press(.character("1"))
        driver.type("Zoë 🌱")
        driver.press(.tab)
        driver.type(String(repeating: "李", count: 40))
        screens.append(("names, a long wide name", driver.app))
        driver.press(.enter)
        screens.append(("ready", driver.app))
        driver.press(.enter)
        screens.append(("question", driver.app))
        driver.press(.character("?"))
        screens.append(("help", driver.app))
        driver.press(.enter, .character("q"))
        screens.append(("quit", driver.app))
        driver.press(.character("n"))
        driver.answerAll("4")
        screens.append(("review", driver.app))
        driver.press(.enter)
        screens.append(("check-in", driver.app))
        driver.press(.character("1"), .character("1"))
        screens.append(("support", driver.app))
        driver.press(.enter)
        screens.append(("hand-off", driver.app))
        driver.press(.enter)
        driver.answerAll("2")
        driver.press(.enter, .character("3"), .character("3"))
        screens.append(("thanks", driver.app))
        driver.press(.enter)
        screens.append(("perception offer", driver.app))
        driver.press(.enter)
        screens.append(("guess", driver.app))
        for _ in Fixture.readiness.items { driver.press(.character("3")) }
        screens.append(("guess hand-off", driver.app))
        driver.press(.enter)
        for _ in Fixture.readiness.items { driver.press(.character("4")) }
        screens.append(("results", driver.app))
        driver.press(.tab, .character("w"))
        screens.append(("results, why", driver.app))
        return screens
    }

    @Test("the too-small screen says what is needed and what the window is now")
    func tooSmall() {
        var driver = AppDriver(mode: .solo)
        _ = driver.app.handle(.resize(width: 50, height: 12))
        #expect(
            driver.screen.prefix(3) == [
                " Please make this window larger. samepage needs",
                " at least 60×18; it is 50×12 now. Your place and",
                " answers are kept.",
            ])
    }

    /// Alex answers 5 throughout: readiness 5, 5, 1 (reverse), 5 → 75; blame 5, 5, 1 (reverse) → 67; pace 100.
    /// Sam answers 3 throughout: 50 everywhere. Gap 25 but Sam is not below the middle: no roles.
    static func resultsApp(width: Int, height: Int) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.finishCouple("5", "3")
        return driver
    }

    @Test(
        "the summary comes first and fits 80×24: the intro, the pairing's sentence, each person in words, the gap in words, worries, one safety line"
    )
    func summary80x24() {
        let driver = Self.resultsApp(width: 80, height: 24)
        #expect(
            driver.screen == [
                "  samepage                                                   Results · Summary",
                String(repeating: "─", count: 80),
                "  R",
                "  Apart.",
                "  Alex: Ready to try",
                "  Sam: Open to learning more",
                "  Your readiness: Somewhat apart.",
                "  Alex weighs: Fear of blame and Pace.",
                "  If home does not feel safe for either of you, start with 6 Support, on your",
                "  own.",
                "", "", "", "", "", "", "", "", "", "", "",
                String(repeating: "─", count: 80),
                "  1 summary   2 readiness   4 worries   5 next steps   6 support   ↑↓ scroll",
                "  s save   n start over   ? keys   q quit   Ctrl-X quick exit",
            ])
        #expect(!driver.text.contains("Match") && !driver.text.contains("leaning"), "no match score, no leaning in or out")
        #expect(!driver.text.contains("75") && !driver.text.contains("50"), "numbers belong to the readiness section")
    }

    @Test("the summary fits the minimum size too, and 4 opens the worries with a name on every bar")
    func summaryMinimum() {
        var driver = Self.resultsApp(width: App.minimumWidth, height: App.minimumHeight)
        #expect(
            driver.screen == [
                "  samepage                               Results · Summary",
                String(repeating: "─", count: 60),
                "  R",
                "  Apart.",
                "  Alex: Ready to try",
                "  Sam: Open to learning more",
                "  Your readiness: Somewhat apart.",
                "  Alex weighs: Fear of blame and Pace.",
                "  If home does not feel safe for either of you, start with",
                "  6 Support, on your own.",
                "", "", "", "",
                String(repeating: "─", count: 60),
                "  1 summary   2 readiness   4 worries   5 next steps",
                "  6 support   ↑↓ scroll   s save   n start over   ? keys",
                "  q quit   Ctrl-X quick exit",
            ])
        driver.press(.character("4"))
        #expect(driver.screen[0] == "  samepage                               Results · Worries", "4 opens the worries")
        #expect(driver.screen.contains("    Alex ██████████████████████████████ 100"), "bars carry names, not letters")
        #expect(driver.screen.contains("  Pace · Alex weighs this"), "a worry says whose it is, by direction")
        #expect(driver.screen.contains("    Pace."), "where someone weighs it, the theme's kind sentence")
    }

    @Test("at 120×40 the summary stands beside the worries (no pattern section here), with a name on every bar")
    func twoColumns() {
        let driver = Self.resultsApp(width: 120, height: 40)
        let screen = driver.screen
        #expect(screen.count == 40 && screen.allSatisfy { $0.displayWidth <= 120 })
        #expect(
            Array(screen[2...10]) == [
                "  R                                                          What holds each of you back (0 to 100; higher weighs",
                "  Apart.                                                     more)",
                "  Alex: Ready to try",
                "  Sam: Open to learning more                                 Fear of blame · Alex weighs this",
                "  Your readiness: Somewhat apart.                              Alex ████████████████████░░░░░░░░░░ 67",
                "  Alex weighs: Fear of blame and Pace.                         Sam  ███████████████░░░░░░░░░░░░░░░ 50",
                "  If home does not feel safe for either of you, start with     Blame.",
                "  6 Support, on your own.",
                "                                                             Pace · Alex weighs this",
            ])
    }

    @Test("the hand-off at the minimum size hides the first partner's answers and names who goes next")
    func handOff() {
        var driver = AppDriver(width: App.minimumWidth, height: App.minimumHeight)
        driver.startCouple("Zoë 🌱", "李雷")
        driver.takeTurn("5")
        #expect(
            driver.screen == [
                "  samepage                                     李雷's turn",
                String(repeating: "─", count: 60),
                "  Zoë 🌱, thank you: your part is done, and what you chose",
                "  is now hidden. Please pass the keyboard to 李雷.",
                "  Zoë 🌱, please step away while 李雷 answers. Each of you",
                "  answers in private; you see the results together at the",
                "  end.",
                "  李雷, there is no rush. Take your time, and begin when",
                "  you feel ready.",
                "",
                "  李雷, press Enter when you are alone.",
                "", "", "", "", "",
                String(repeating: "─", count: 60),
                "  Enter start   q quit   Ctrl-X quick exit",
            ])
    }

    @Test("the review opens at the question it came from, every answer in its own column, Done at the end")
    func review() {
        var driver = AppDriver(mode: .solo)
        driver.startSolo()
        driver.press(.character("5"), .character("0"))
        driver.press(.character("r"))
        #expect(
            Array(driver.screen[2...16]) == [
                "",
                "  Your answers, only for you. Choose one to change it, or choose Done at the",
                "  end.",
                "",
                "    1. I would go.                                           SA",
                "    2. It could help.                                        Prefer not to say",
                "  › 3. Only in a crisis.                                     not answered yet",
                "    4. I want change.                                        not answered yet",
                "    5. Blame one.                                            not answered yet",
                "    6. Blame two.                                            not answered yet",
                "    7. Blame three.                                          not answered yet",
                "    8. Pace one.                                             not answered yet",
                "    9. Pace two.                                             not answered yet",
                "    10. Pace three.                                          not answered yet",
                "    Done: go on",
            ])
        driver.press(.escape)
        #expect(driver.text.contains("Question 3 of 10"), "Esc goes back to the question the review was opened from")
    }
}
