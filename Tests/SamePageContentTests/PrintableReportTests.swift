import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// The printable page (`report --html`) as text: what it holds and what can never be in it. How it looks
/// and prints is checked in a real browser by scripts/browser/check-report (EndToEndTests).
@Suite("The printable report")
struct PrintableReportTests {
    let english: Content
    let french: Content

    init() throws {
        english = try ContentLoader.load(from: shippedFolder)
        french = try ContentSets.load(translation: shippedFolder + "/fr")
    }

    func page(_ content: Content, sample id: String = "sam-and-alex", names: [String]? = nil, mode: SessionMode = .couple) throws -> String
    {
        let couple = try #require(content.samples.first { $0.id == id })
        var sheets = couple.sheets
        if let names { for index in sheets.indices { sheets[index].name = names[index] } }
        if mode == .solo { sheets = [sheets[0]] }
        let results = Results(content: content, sheets: sheets, mode: mode, guesses: mode == .solo ? [] : couple.guesses)
        return ReportHTML(results: results, content: content, date: "2026-12-03").render()
    }

    @Test("it renders the results document: every section, a meter, a chart for each worry, the cards shown first, the support section")
    func sections() throws {
        let html = try page(english)
        let couple = try #require(english.samples.first { $0.id == "sam-and-alex" })
        let results = Results(content: english, sheets: couple.sheets, mode: .couple, guesses: couple.guesses)
        let document = ResultsDocument(results: results, content: english)
        for section in document.sections {
            #expect(html.contains(#"<section id="\#(section.id.id)">"#) && html.contains("<h2>\(section.numbered)</h2>"))
        }
        #expect(html.components(separatedBy: #"<svg class="chart meter""#).count == 2)
        #expect(html.components(separatedBy: #"<svg class="chart worry""#).count == english.themes.count + 1)
        for card in results.cards.prefix(Results.cardsShownFirst) { #expect(html.contains("<h3>\(escaped(card.card.title))</h3>")) }
        // Each chart is an image with a title and a description, named by both ids.
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        for chart in charts {
            let id = try #require(chart.firstMatch(of: /aria-labelledby="([a-z0-9-]+)-t \1-d"/)?.1)
            #expect(chart.contains(#"role="img""#) && chart.contains(#"<title id="\#(id)-t">"#) && chart.contains(#"<desc id="\#(id)-d">"#))
        }
        // The people are named on the meter and on every worry's bars, never marked A and B.
        #expect(html.contains(">Sam ") && html.contains(">Alex "))
        #expect(html.components(separatedBy: #"<text x="2" y="16.0">Sam</text>"#).count == english.themes.count + 1)
        for resource in english.checkIn.resources { #expect(html.contains(escaped(resource.name))) }
        #expect(html.contains(escaped(english.checkIn.emergency)))
        for item in english.checkIn.items { #expect(!html.contains(escaped(item.text)) && !html.contains(item.id)) }
    }

    @Test("nothing in it can be fetched or run: no script, no link, no image, and a policy that forbids them")
    func selfContained() throws {
        let html = try page(english, names: ["<script>alert(1)</script>", #""><img src=x onerror=alert(2)> & 'co'"#])
        #expect(html.contains(#"content="default-src 'none'; style-src 'unsafe-inline'""#))
        for tag in ["<script", "<img", "<link", "<iframe", "<object", "<embed", "url("] { #expect(!html.contains(tag), "\(tag)") }
        let tags = html.matches(of: /<[a-zA-Z][^>]*>/).map { String($0.0) }
        #expect(tags.allSatisfy { !$0.contains(" src=") && !$0.contains(" href=") && !$0.contains(" on") }, "no tag loads or runs anything")
        // Names are words, in sentences, in the charts and in their descriptions.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;co&#39;"))
        #expect(html.contains(">&lt;script&gt;alert… "), "a long name is shortened on the meter, still escaped")
    }

    @Test("a person alone: one bar a worry, named in its description; a level kept private is said in words")
    func solo() throws {
        let html = try page(english, mode: .solo)
        #expect(html.contains(#"<body class="solo">"#) && !html.contains("chart meter"))
        #expect(!html.contains(#"<text x="2""#), "no name beside a person's own bars")
        #expect(html.contains("<desc id=\"worries-2-d\">Sam: "))
        var couple = try #require(english.samples.first { $0.id == "sam-and-alex" })
        couple.sheets[0].answers = couple.sheets[0].answers.mapValues { _ in .preferNot }
        let results = Results(content: english, sheets: [couple.sheets[0]], mode: .solo)
        let hidden = ReportHTML(results: results, content: english, date: "2026-12-03").render()
        #expect(hidden.contains(#"<text class="missing" x="2.0" y="16.0">kept these answers private</text>"#))
    }

    @Test("in French: the page's language, the language's colon, and no English word of the page's own")
    func inFrench() throws {
        let html = try page(french)
        #expect(html.contains(#"<html lang="fr-CA">"#))
        #expect(html.contains("Sam\u{00A0}: "), "the value in a chart's description takes French punctuation")
        let english = try page(english)
        let own = ["Made on", "Readiness to try", "each person", "Steps:", "Why this:"]
        for words in own { #expect(english.contains(words) && !html.contains(words), "\(words)") }
    }

    @Test("a paper size is asked for only when given")
    func paper() throws {
        let couple = try #require(english.samples.first)
        let results = Results(content: english, sheets: couple.sheets, mode: .couple)
        #expect(ReportHTML(results: results, content: english, date: "d", paper: "A4").render().contains("@page { size: A4;"))
        #expect(ReportHTML(results: results, content: english, date: "d").render().contains("@page { margin"))
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
