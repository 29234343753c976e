import SamePageCore

/// The results as a Markdown report: it reads well in a terminal and renders as a document. It renders
/// the results document, so the private check-in cannot appear in it; the support resources always do.
public struct ReportMarkdown {
    public let results: Results
    public let content: Content
    /// The day the report was made, as the caller wants it shown (for example "2026-11-27").
    public let date: String
    public var sample: SampleCouple?

    public init(results: Results, content: Content, date: String, sample: SampleCouple? = nil) {
        self.results = results
        self.content = content
        self.date = date
        self.sample = sample
    }

    public func render() -> String {
        var lines = ["# \(plain(content.texts.title))", ""]
        let identity = results.identity
        lines.append(
            plain(
                words(
                    .resultsReportMadeOn,
                    [
                        "date": date, "id": identity.id, "version": String(identity.version),
                        "fingerprint": identity.fingerprint,
                    ])))
        for section in ResultsDocument(results: results, content: content, sample: sample).sections {
            lines += ["", "## " + text(section.numbered)]
            for block in section.blocks { lines += render(block) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var words: InterfaceText { content.interface }
    /// Content's own text may use Markdown, never raw HTML.
    private func plain(_ text: String) -> String { MarkdownText.withoutHTML(text) }
    /// Every sentence of the document may hold a name from a file or a keyboard: escaped whole, once.
    private func text(_ text: String) -> String { MarkdownText.escaped(text) }

    private func render(_ block: ResultsDocument.Block) -> [String] {
        switch block {
        case .text(let sentence, let role):
            return ["", role == .lead ? "**" + text(sentence) + "**" : text(sentence)]
        case .heading(let heading): return ["", "### " + text(heading)]
        case .meter(let bars):
            return [
                "", "```text", ResultsText.meter(bars.map(\.value), length: 41, glyphs: .ascii), "```", "", text(ResultsText.legend(bars)),
            ]
        case .worry(let title, let bars, let about):
            var lines = ["", "**" + text(title) + "**", ""]
            lines += bars.map {
                "- " + words(.typographyLabel, ["label": text($0.name), "value": text($0.value.map(String.init) ?? $0.missing ?? "")])
            }
            if let about { lines += ["", "_" + text(about) + "_"] }
            return lines
        case .card(let card):
            var lines = [
                "", "### " + words(.typographyLabel, ["label": text(card.audience), "value": text(card.title)]), "", text(card.text), "",
                text(words(.resultsStepsLabel)), "",
            ]
            lines += card.steps.map { "- " + text($0) }
            return lines + ["", "_" + text(words(.resultsWhyThisText, ["reasons": card.why])) + "_"]
        case .more(let titles):
            return ["", text(ListWords.moreIdeas(titles, words: words))]
        case .support:
            return [""] + content.checkIn.sharedMarkdown(words, level: 3).map(plain)
        }
    }
}
