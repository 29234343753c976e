import Testing
@testable import SamePageCore
@testable import SamePageViews

/// Whole screens compared line by line, at 80×24 and at the minimum size, with wide and accented text.
@Suite("Screens rendered in memory")
struct ScreenTests {
    /// The fixture with a long statement in mixed scripts as its first question.
    static let wide: Content = {
        var content = Fixture.content
        content.readiness.items[0].text = "Ich wäre bereit, mit meinem Partner zu einer ersten Sitzung zu gehen — 我愿意和伴侣一起去第一次咨询 🌱 même si l’un de nous hésite encore un peu."
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
        #expect(grid.lines == [
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
        #expect(grid.lines == [
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

    @Test("every screen fits its window at 80×24 and at the minimum size, and names the quick-exit key",
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
        #expect(driver.screen.prefix(3) == [
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

    @Test("the summary comes first and fits 80×24: scores and bands, the meter, the gap in words, worries, next steps")
    func summary80x24() {
        let driver = Self.resultsApp(width: 80, height: 24)
        #expect(driver.screen == [
            "  samepage                                                   Results · Summary",
            String(repeating: "─", count: 80),
            "  A  Alex  75  Ready to try",
            "  B  Sam   50  Open to learning more",
            "  0 [─────────────────────────B═══════════A────────────] 100",
            "  Somewhat apart: a gap of 25 · Different paces",
            "  Alex weighs most: Pace.",
            "  Next steps to consider (5 for more):",
            "  - Different paces",
            "  - Pace",
            "  - FAQ",
            "", "", "", "", "", "", "", "", "", "",
            String(repeating: "─", count: 80),
            "  1 summary   2 readiness   3 worries   5 next steps   6 support   ↑↓ scroll",
            "  s save   n start over   ? keys   q quit   Ctrl-X quick exit",
        ])
        #expect(!driver.text.contains("Match") && !driver.text.contains("leaning"), "no match score, no leaning in or out")
    }

    @Test("the summary fits the minimum size too, and 3 opens the worries with a name on every bar")
    func summaryMinimum() {
        var driver = Self.resultsApp(width: App.minimumWidth, height: App.minimumHeight)
        #expect(driver.screen == [
            "  samepage                               Results · Summary",
            String(repeating: "─", count: 60),
            "  A  Alex  75  Ready to try",
            "  B  Sam   50  Open to learning more",
            "  0 [───────────────────────B══════════A───────────] 100",
            "  Somewhat apart: a gap of 25 · Different paces",
            "  Alex weighs most: Pace.",
            "  Next steps to consider (5 for more):",
            "  - Different paces",
            "  - Pace",
            "  - FAQ",
            "", "", "",
            String(repeating: "─", count: 60),
            "  1 summary   2 readiness   3 worries   5 next steps",
            "  6 support   ↑↓ scroll   s save   n start over   ? keys",
            "  q quit   Ctrl-X quick exit",
        ])
        driver.press(.character("3"))
        #expect(driver.screen[0] == "  samepage                               Results · Worries", "3 opens the worries")
        #expect(driver.screen.contains("    Alex ██████████████████████████████ 100"), "bars carry names, not letters")
        #expect(driver.screen.contains("  Pace · Alex weighs this more"), "a worry says whose it is, by direction")
    }

    @Test("at 120×40 the summary stands beside the worries, with a name on every bar")
    func twoColumns() {
        let driver = Self.resultsApp(width: 120, height: 40)
        let screen = driver.screen
        #expect(screen.count == 40 && screen.allSatisfy { $0.displayWidth <= 120 })
        #expect(Array(screen[2...10]) == [
            "  A  Alex  75  Ready to try                                  What holds each of you back (0 to 100; higher weighs",
            "  B  Sam   50  Open to learning more                         more)",
            "  0 [───────────────────────B══════════A───────────] 100     Fear of blame · Alex weighs this more",
            "  Somewhat apart: a gap of 25 · Different paces                Alex ████████████████████░░░░░░░░░░ 67",
            "  Alex weighs most: Pace.                                      Sam  ███████████████░░░░░░░░░░░░░░░ 50",
            "  Next steps to consider (5 for more):                       Pace · Alex weighs this more",
            "  - Different paces                                            Alex ██████████████████████████████ 100",
            "  - Pace                                                       Sam  ███████████████░░░░░░░░░░░░░░░ 50",
            "  - FAQ",
        ])
    }
}

@Suite("Text in cells")
struct GridTests {
    @Test("wide characters take two cells and are never cut in half at the edge")
    func wideCharacters() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("李雷李", row: 0, column: 0) == 4)
        #expect(grid.lines == ["李雷"])
        #expect(grid[0, 1].text.isEmpty, "the second cell of a wide character is a continuation")
    }

    @Test("accents that combine stay with their letter; control characters are never written")
    func combiningAndControl() {
        var grid = Grid(width: 10, height: 1)
        grid.put("e\u{301}a\u{1B}[2J", row: 0, column: 0)
        #expect(grid.lines == ["éa[2J"])
    }

    @Test("display width counts CJK and emoji as two columns")
    func widths() {
        #expect("Zoë".displayWidth == 3)
        #expect("李雷".displayWidth == 4)
        #expect("🌱".displayWidth == 2)
        #expect("e\u{301}".displayWidth == 1)
    }

    @Test("wrapping goes by display width and breaks words longer than a line")
    func wrapping() {
        #expect(wrapColumns("李雷 李雷 李雷", width: 9) == ["李雷 李雷", "李雷"])
        #expect(wrapColumns("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}

@Suite("More whole screens")
struct MoreScreenTests {
    @Test("the welcome screen at 80×24")
    func welcome() {
        let driver = AppDriver()
        #expect(driver.screen == [
            "  samepage                                                             Welcome",
            String(repeating: "─", count: 80),
            "",
            "  T",
            "",
            "  W",
            "  It takes about 5 minutes for each person.",
            "",
            "  P",
            "  Private mode: nothing is written to disk. If you quit or are interrupted,",
            "  your answers are gone.",
            "  D",
            "",
            "  How are you taking it?",
            "  › 1  Together, as a couple",
            "    2  On my own",
            "    3  Demo with sample couples",
            "", "", "", "", "",
            String(repeating: "─", count: 80),
            "  ↑↓ move   Enter choose   ? help   q quit   Ctrl-X quick exit",
        ])
    }

    @Test("the hand-off at the minimum size hides the first partner's answers and names who goes next")
    func handOff() {
        var driver = AppDriver(width: App.minimumWidth, height: App.minimumHeight)
        driver.startCouple("Zoë 🌱", "李雷")
        driver.takeTurn("5")
        #expect(driver.screen == [
            "  samepage                                     李雷's turn",
            String(repeating: "─", count: 60),
            "  H",
            "  Zoë 🌱, please step away while 李雷 answers. Each of you",
            "  answers in private; you see the results together at the",
            "  end.",
            "",
            "  李雷, press Enter when you are alone.",
            "", "", "", "", "", "", "", "",
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
        #expect(Array(driver.screen[2...16]) == [
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
