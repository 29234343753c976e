import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing
import TestSupport

/// samepage in French (Canada), end to end: chosen from LANG or --lang, switched on the welcome screen,
/// a couple's whole session in tmux, the demo, and the report. Every expected text is read from the French
/// content, so a reworded sentence never breaks a test, but an English one left on screen does.
@Suite("In French, with the real binary", .serialized)
struct FrenchTests {
    let french: Content
    let english: Content
    var words: InterfaceText { french.interface }
    static let environment = ["LANG": "fr_CA.UTF-8"]

    init() throws {
        let root = Binary.repository.appendingPathComponent("content").path
        english = try ContentLoader.load(from: root)
        french = try ContentLoader.load(from: try #require(ContentSets.translation(in: root, language: "fr")))
    }

    /// Whole words of `text` as the screen shows them: paragraphs are wrapped, so lines are joined.
    static func flat(_ screen: String) -> String { screen.flattened }

    func turn(_ tmux: Tmux, name: String, answer: String) throws {
        try tmux.wait(for: words(.sessionTurnNamed, ["name": name]))
        try tmux.send(contentsOf: Array(repeating: answer, count: french.questions.count))
        try tmux.wait(for: words(.reviewDone))
        try tmux.send("Enter")
        try tmux.wait(for: words(.sessionCheckInStatus, ["number": "1", "total": String(french.checkIn.items.count)]))
        try tmux.send(contentsOf: Array(repeating: "3", count: french.checkIn.items.count))
        try tmux.wait(for: french.checkIn.support.title)
        try tmux.send("Enter")
    }

    @Test("a couple's whole session in French, from the welcome screen to the printed results")
    func coupleSession() throws {
        let tmux = try Tmux(["--couple", "--private", "--print"], environment: Self.environment)
        try tmux.wait(for: words(.welcomeQuestion))
        try tmux.send("Enter")
        try tmux.wait(for: words(.namesFirst))
        try tmux.type("Alex")
        try tmux.send("Tab")
        try tmux.type("Sam")
        try tmux.send("Enter")
        try tmux.wait(for: words(.readyPromptCouple, ["name": "Alex"]))
        try tmux.send("Enter")
        try turn(tmux, name: "Alex", answer: "5")
        try tmux.wait(for: words(.readyPromptCouple, ["name": "Sam"]))
        try tmux.send("Enter")
        try turn(tmux, name: "Sam", answer: "2")
        try tmux.wait(for: "s") { Self.flat($0).contains(Self.flat(words(.guessesOfferPrompt))) }
        try tmux.send("s")
        try tmux.wait(for: "together") { Self.flat($0).contains(Self.flat(words(.togetherText, ["first": "Alex", "second": "Sam"]))) }
        try tmux.send("Enter")
        let results = try tmux.wait(forAll: [words(.resultsTitle) + " · " + words(.resultsSectionSummary), "Alex\u{A0}: ", "Sam\u{A0}: "])
        for english in ["Summary", "quick exit", "weighs", "Next steps", "Your readiness"] {
            #expect(!results.contains(english), "\(english)")
        }
        // The quit box answers in French: o (oui), as it shows; y is any other key, which stays.
        try tmux.send("q", "y")
        try tmux.wait(for: words(.resultsTitle) + " · " + words(.resultsSectionSummary))
        #expect(!(try tmux.screen()).contains("EXIT="), "y is not French for yes")
        try tmux.send("q", String(words.letter(.lettersYes)))
        try tmux.wait(for: "EXIT=0")
        let printed = try tmux.screen(history: true)
        #expect(printed.contains(words(.resultsSectionSummary)) && printed.contains(words(.resultsSectionSteps)))
        #expect(!printed.contains("== Results ==") && !printed.contains("1 Summary"))
    }

    @Test("l on the welcome screen switches between French and English, and back")
    func switchLanguage() throws {
        let tmux = try Tmux(["--private"], environment: ["LANG": "C.UTF-8"])
        let en = english.interface
        try tmux.wait(for: en(.welcomeHeader) + " · " + en(.welcomeLanguageName))
        try tmux.send("l")
        try tmux.wait(for: words(.welcomeHeader) + " · " + words(.welcomeLanguageName))
        try tmux.wait(for: words(.welcomeTogether))
        try tmux.send("l")
        try tmux.wait(for: en(.welcomeHeader) + " · " + en(.welcomeLanguageName))
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=")
    }

    @Test("the demo in French")
    func demo() throws {
        let tmux = try Tmux(["--demo"], environment: Self.environment)
        try tmux.wait(forAll: [words(.resultsDemo, ["number": "1", "total": String(french.samples.count)]), french.samples[0].title])
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=")
        let printed = try Binary.run(["--demo", "--plain", "--lang", "fr"])
        #expect(printed.status == 0)
        #expect(
            printed.stdout.contains(
                words(.endingDemoHeading, ["number": "1", "total": String(french.samples.count), "title": french.samples[0].title])))
    }

    @Test(
        "a report in French from answers saved in English, files saved in each language compare; an unknown language is one sentence and exit 2"
    )
    func report() throws {
        let folder = try Binary.scratch()
        let script =
            Array(repeating: "4", count: english.questions.count) + [""] + Array(repeating: "3", count: english.checkIn.items.count) + [
                "", "",
            ]
        let saved = try Binary.run(
            ["--plain", "--solo", "--save", "kim.json"], input: (["Kim"] + Shipped.opening + script).joined(separator: "\n") + "\n",
            in: folder)
        #expect(saved.status == 0, "\(saved.stderr)")
        let report = try Binary.run(["report", "kim.json", "--lang", "fr"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("## 1 " + words(.resultsSectionSummary)) && !report.stdout.contains("## 1 Summary"))
        #expect(report.stdout.contains(french.checkIn.shared.title))
        // One partner answered in French, the other in English: the two files compare, in either language.
        let french = try Binary.run(
            ["--plain", "--solo", "--save", "lee.json"], input: (["Lee"] + Shipped.opening + script).joined(separator: "\n") + "\n",
            in: folder, environment: Self.environment)
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.contains(words(.resultsSectionSummary)), "the French session printed French results")
        for language in ["en", "fr"] {
            let compared = try Binary.run(["compare", "kim.json", "lee.json", "--lang", language], in: folder)
            #expect(compared.status == 0, "\(compared.stderr)")
        }
        let unknown = try Binary.run(["report", "kim.json", "--lang", "de"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("samepage: there is no content in 'de' in "), "\(unknown.stderr)")
        #expect(unknown.stderr.hasSuffix("; it has en, fr.\n"), "\(unknown.stderr)")
    }

    @Test("compare in a terminal wraps to its width, narrow or wide; to a file, at 78 columns", arguments: [60, 120])
    func compareWidth(width: Int) throws {
        let folder = try Binary.scratch()
        let script =
            Array(repeating: "4", count: english.questions.count) + [""] + Array(repeating: "3", count: english.checkIn.items.count) + [
                "", "",
            ]
        for name in ["kim", "lee"] {
            let saved = try Binary.run(
                ["--plain", "--solo", "--save", name + ".json"], input: ([name] + Shipped.opening + script).joined(separator: "\n") + "\n",
                in: folder, environment: Self.environment)
            #expect(saved.status == 0, "\(saved.stderr)")
        }
        let tmux = try Tmux(["compare", "kim.json", "lee.json"], width: width, height: 40, environment: Self.environment, folder: folder)
        _ = try tmux.wait(for: "EXIT=0")
        // Joined, a line the terminal had to wrap comes back whole: none may be wider than the window.
        let lines = try tmux.screen(history: true, joined: true).split(separator: "\n").prefix { !$0.hasPrefix("EXIT=") }
        #expect(lines.count > 20, "the results were printed")
        #expect(lines.allSatisfy { $0.count <= width }, "\(lines.filter { $0.count > width })")
        #expect(lines.contains { $0.count > 80 } == (width > 80), "a wide window is used")
        let file = try Binary.run(["compare", "kim.json", "lee.json"], in: folder, environment: Self.environment)
        #expect(
            file.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }
                && file.stdout.split(separator: "\n").contains { $0.count > 60 })
    }

    @Test("French with no country (--lang fr under C.UTF-8) means Canada: its French-speaking lines come first")
    func frenchMeansCanada() throws {
        let run = try Binary.run(["report", "--sample", "maya-and-jon", "--lang", "fr"], environment: ["LANG": "C.UTF-8"])
        #expect(run.status == 0, "\(run.stderr)")
        let services = run.stdout.split(separator: "\n").filter { $0.hasPrefix("- **") }
        let first = try #require(services.first)
        #expect(first.contains("(Canada)") || first.contains("(Québec)"), "\(first)")
        let united = try Binary.run(["report", "--sample", "maya-and-jon", "--lang", "fr"], environment: ["LANG": "en_US.UTF-8"])
        #expect(
            united.stdout.split(separator: "\n").first { $0.hasPrefix("- **") }?.contains("(États-Unis)") == true, "a country named stays")
    }
}
