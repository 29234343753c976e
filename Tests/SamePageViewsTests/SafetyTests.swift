import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

/// The check-in's promises to the person least able to say so: the page after it has the same shape for
/// everyone, and every shared result ends with the same words about safety, for every pairing.
@Suite("Safety: one page for everyone, one section in every result")
struct SafetyTests {
    /// A couple session's app with Alex on the support page after answering the check-in with `codes`.
    func supportPage(_ codes: [Character], width: Int, height: Int, scroll: Int = 0) -> (App, [String]) {
        var driver = AppDriver(width: width, height: height)
        driver.startCouple("Alex", "Sam")
        driver.answerAll("4")
        driver.press(.enter)
        for code in codes { driver.press(.character(code)) }
        for _ in 0..<scroll { driver.press(.down) }
        return (driver.app, driver.screen)
    }

    /// Check-in answers of every kind: calm, a concern on each item, "not sure" (3 on agreement, 5 on
    /// frequency) and "prefer not to say".
    static let checkIns: [[Character]] = [["5", "1"], ["1", "4"], ["3", "5"], ["0", "0"], ["5", "2"]]

    @Test(
        "the support page is the same, cell for cell, whatever was answered: calm, concern, not sure, prefer not to say",
        arguments: [(80, 24), (App.minimumWidth, App.minimumHeight)])
    func samePage(width: Int, height: Int) throws {
        for scroll in 0..<12 {
            let pages = Self.checkIns.map { supportPage($0, width: width, height: height, scroll: scroll) }
            for (app, page) in pages {
                guard case .session(let session, _) = app.phase, case .checkInDone = session.stage else {
                    Issue.record("the check-in should end on the support page")
                    return
                }
                #expect(page == pages[0].1, "scroll \(scroll)")
                #expect(app.render() == pages[0].0.render(), "styles and the cursor too, at scroll \(scroll)")
            }
        }
        let page = supportPage(["5", "1"], width: width, height: height).1.joined(separator: " ")
        #expect(page.contains("Keep this list in mind"), "the one closing sentence shows")
        #expect(!page.contains("Only you can see"), "the page never claims what it cannot know")
    }

    /// Answer sheets that give each pairing label of the fixture: ready together, both unsure, close, apart.
    static let pairs: [(String, [String: Int], [String: Int])] = [
        ("ready-together", Fixture.readinessCodes((5, 5)), Fixture.readinessCodes((5, 4))),
        ("both-unsure", Fixture.readinessCodes((1, 1)), Fixture.readinessCodes((2, 1))),
        ("close", Fixture.readinessCodes((3, 3)), Fixture.readinessCodes((3, 4))),
        ("different-paces", Fixture.readinessCodes((5, 5)), Fixture.readinessCodes((1, 2))),
    ]

    @Test("every pairing and the solo results end with the same safety section, in text, JSON, report and on screen")
    func universalSection() {
        let expected = Fixture.checkIn.sharedLines(width: 78, words: Fixture.interface)
        var outputs: [Results] = Self.pairs.map { label, a, b in
            let results = Results(content: Fixture.content, sheets: [Fixture.sheet("A", a), Fixture.sheet("B", b)], mode: .couple)
            #expect(results.pair?.pairing?.id == label)
            return results
        }
        outputs.append(Results(content: Fixture.content, sheets: [Fixture.sheet("K", Fixture.readinessCodes((2, 2)))], mode: .solo))
        for results in outputs {
            let text = ResultsText(results: results, content: Fixture.content).render()
            #expect(text.hasSuffix(expected.joined(separator: "\n") + "\n"))
            #expect(results.json(content: Fixture.content).serialized().contains("\"safety\""))
            #expect(results.safety == Fixture.checkIn.sharedJSON, "the JSON field is the same for everyone")
            let report = ReportMarkdown(results: results, content: Fixture.content, date: "2026-11-27").render()
            #expect(report.hasSuffix(Fixture.checkIn.sharedMarkdown(Fixture.interface, level: 3).joined(separator: "\n") + "\n"))
            var app = App(content: Fixture.content, mode: nil)
            app.finishForTest(results)
            _ = app.handle(.key(.character("6")))
            let screen = app.render().lines.joined(separator: "\n")
            #expect(screen.contains("Results · Support"))
            #expect(
                screen.contains(Fixture.checkIn.shared.title) && screen.contains("Call\u{00A0}000"),
                "a support line is kept whole: no-break spaces")
        }
    }

    @Test("the reader's own region comes first, then their language; every resource stays reachable")
    func regionsByLocale() {
        var checkIn = Fixture.checkIn
        func line(_ name: String, _ region: String, _ languages: [String]) -> Resource {
            Resource(
                name: name, region: region, languages: languages, hours: "any time", reach: [Contact(kind: .call, value: "1")],
                audience: "anyone", source: "https://example.org", checked: "2026-11-27")
        }
        checkIn.resources = [
            line("World", "ANY", ["en"]), line("US line", "US", ["en"]), line("Canada line", "CA", ["en", "fr"]),
            line("Québec line", "CA-QC", ["fr"]), line("UK line", "GB", ["en"]),
        ]
        #expect(
            checkIn.ordered(language: "fr", country: "CA").resources.map(\.name)
                == ["Canada line", "Québec line", "US line", "UK line", "World"])
        #expect(
            checkIn.ordered(language: "en", country: "GB").resources.map(\.name)
                == ["UK line", "US line", "Canada line", "Québec line", "World"])
        #expect(
            checkIn.ordered(language: nil, country: nil).resources.map(\.name)
                == ["US line", "Canada line", "Québec line", "UK line", "World"])
    }
}

extension App {
    /// Puts the app on the results of `results`, as a finished session would.
    mutating func finishForTest(_ results: Results) {
        let session = Session(content: content, mode: results.mode, names: results.partners.map(\.name))
        finish(session, results)
    }
}
