import Testing
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

    @Test("concern and no concern give the same page: same lines, headings and keys, at every scroll, at both sizes",
          arguments: [(80, 24), (App.minimumWidth, App.minimumHeight)])
    func sameShape(width: Int, height: Int) throws {
        let calm: [Character] = ["5", "1"]
        for concern: [Character] in [["3", "1"], ["5", "5"], ["0", "1"], ["1", "4"]] {
            for scroll in 0..<12 {
                let (app, withConcern) = supportPage(concern, width: width, height: height, scroll: scroll)
                let (_, without) = supportPage(calm, width: width, height: height, scroll: scroll)
                guard case .session(let session, _) = app.phase, case .checkInDone(_, true) = session.step else {
                    Issue.record("\(concern) should raise a concern")
                    return
                }
                #expect(withConcern.count == without.count)
                let differing = zip(withConcern, without).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
                // Only the note's rows may differ: the same rows whichever note shows, inside the slot.
                let page = SupportPage.lines(Fixture.checkIn, concern: true, width: width - 4, words: Fixture.interface)
                let slot = page.indices.filter { page[$0].tone == .accent && $0 > 0 }.count
                #expect(differing.count <= slot, "at most the note's \(slot) rows differ; \(differing) did")
                #expect(withConcern.last == without.last && withConcern[0] == without[0], "header and keys are the same")
            }
        }
        let (_, concernPage) = supportPage(["3", "1"], width: width, height: height)
        let (_, calmPage) = supportPage(["5", "1"], width: width, height: height)
        #expect(concernPage.joined(separator: " ").contains("It may help to talk alone first."))
        #expect(calmPage.joined(separator: " ").contains("Keep this list in mind"))
        for page in [concernPage, calmPage] {
            #expect(!page.joined().contains("Only you can see"), "the page never claims what it cannot know")
        }
    }

    @Test("the two notes are padded to the same number of lines at every width")
    func notesPadded() {
        for width in 10...120 {
            let concern = SupportPage.lines(Fixture.checkIn, concern: true, width: width, words: Fixture.interface)
            let calm = SupportPage.lines(Fixture.checkIn, concern: false, width: width, words: Fixture.interface)
            #expect(concern.count == calm.count, "width \(width)")
            #expect(zip(concern, calm).filter { $0.0 != $0.1 }.allSatisfy { $0.0.tone == .accent && $0.1.tone == .accent })
        }
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
            #expect(results.json.serialized().contains("\"safety\""))
            #expect(results.safety == Fixture.checkIn.sharedJSON, "the JSON field is the same for everyone")
            let report = ReportMarkdown(results: results, content: Fixture.content, date: "2026-11-27").render()
            #expect(report.hasSuffix(Fixture.checkIn.sharedMarkdown(Fixture.interface).joined(separator: "\n")))
            var app = App(content: Fixture.content, mode: nil)
            app.finishForTest(results)
            _ = app.handle(.key(.character("6")))
            let screen = app.render().lines.joined(separator: "\n")
            #expect(screen.contains("Results · Support"))
            #expect(screen.contains(Fixture.checkIn.shared.title) && screen.contains("Call 000"))
        }
    }

    @Test("the reader's own region comes first, then their language; every resource stays reachable")
    func regionsByLocale() {
        var checkIn = Fixture.checkIn
        func line(_ name: String, _ region: String, _ languages: [String]) -> Resource {
            Resource(name: name, region: region, languages: languages, hours: "any time", reach: [Contact(kind: .call, value: "1")],
                     audience: "anyone", source: "https://example.org", checked: "2026-11-27")
        }
        checkIn.resources = [line("World", "ANY", ["en"]), line("US line", "US", ["en"]), line("Canada line", "CA", ["en", "fr"]),
                             line("Québec line", "CA-QC", ["fr"]), line("UK line", "GB", ["en"])]
        #expect(checkIn.ordered(language: "fr", country: "CA").resources.map(\.name)
            == ["Canada line", "Québec line", "US line", "UK line", "World"])
        #expect(checkIn.ordered(language: "en", country: "GB").resources.map(\.name)
            == ["UK line", "US line", "Canada line", "Québec line", "World"])
        #expect(checkIn.ordered(language: nil, country: nil).resources.map(\.name)
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
