import SamePageCore

/// The results as a Markdown report: it reads well in a terminal and renders as a document. It is built
/// from `Results` alone, so the private check-in cannot appear in it; the support resources always do.
public struct ReportMarkdown {
    public let results: Results
    public let content: Content
    /// The day the report was made, as the caller wants it shown (for example "2026-11-27").
    public let date: String

    public init(results: Results, content: Content, date: String) {
        self.results = results
        self.content = content
        self.date = date
    }

    public func render() -> String {
        var lines = ["# \(plain(content.texts.title))", ""]
        let identity = results.identity
        lines.append("Made on \(date) with the content `\(identity.id)`, version \(identity.version) (questions \(identity.fingerprint)).")
        lines += ["", plain(intro), ""]
        lines += summary() + [""] + readiness() + [""] + themes() + [""] + perception() + guidance()
        lines += ["", "---", "", plain(content.texts.disclaimer), ""] + content.checkIn.sharedMarkdown.map(plain)
        return lines.joined(separator: "\n")
    }

    /// Names come from files and keyboards: escaped, so a name is only ever words (see `MarkdownText`).
    private var names: [String] { results.partners.map { MarkdownText.escaped($0.name) } }
    /// Content text may use Markdown, never raw HTML.
    private func plain(_ text: String) -> String { MarkdownText.withoutHTML(text) }
    private var intro: String { results.mode == .couple ? content.texts.resultsIntro : content.texts.soloResultsIntro }
    private func score(_ value: Int?) -> String { value.map(String.init) ?? plain(content.texts.notEnough) }

    /// The summary, as on the screen and in the text; sentences built from names are escaped whole.
    private func summary() -> [String] {
        let summary = ResultsSummary(results: results, content: content)
        var lines = ["## Summary", ""]
        lines += ResultsText.scoreLines(summary, results: results).map { "- " + MarkdownText.escaped($0) }
        let sentences = [summary.gapLine, summary.about, summary.readier, summary.sharedStep].compactMap { $0 }
            + summary.weighsMost + summary.strengths.map { "Strength: " + $0 }
        lines += [""] + sentences.map { MarkdownText.escaped($0) + "  " }
        if !summary.nextSteps.isEmpty {
            lines += ["", "Next steps to consider:", ""] + summary.nextSteps.map { "- " + plain($0) }
        }
        return lines
    }

    private func readiness() -> [String] {
        var lines = ["## Readiness to try couples therapy", "", "| | Name | Readiness (0 to 100) | |", "| --- | --- | --- | --- |"]
        for (index, profile) in results.partners.enumerated() {
            let band = profile.band.map { plain(content.words.band($0).name) } ?? ""
            lines.append("| \(ResultsText.letter(index)) | \(names[index]) | \(score(profile.readiness.value)) | \(band) |")
        }
        if results.mode == .couple { lines += ["", "```text", ResultsText.meter(results, length: 41, glyphs: .ascii), "```"] }
        return lines
    }

    private func themes() -> [String] {
        var header = "| Worry |"
        var rule = "| --- |"
        for (index, name) in names.enumerated() {
            header += " \(ResultsText.letter(index)) \(name) |"
            rule += " ---: |"
        }
        if results.pair != nil {
            header += " |"
            rule += " --- |"
        }
        var lines = ["## " + ResultsText.themeHeading(results.mode), "", header, rule]
        for (row, theme) in content.themes.enumerated() {
            var line = "| \(plain(theme.name).replacing("|", with: "\\|")) |"
            for profile in results.partners { line += " \(profile.themes[row].score.value.map(String.init) ?? "--") |" }
            if let pair = results.pair {
                line += " \(pair.themes[row].sentence(names: names) ?? "") |"
            }
            lines.append(line)
        }
        if results.partners.contains(where: { $0.themes.contains { $0.score.value == nil } }) {
            lines += ["", "-- means \(plain(content.texts.notEnough))."]
        }
        return lines
    }

    private func perception() -> [String] {
        guard !results.perception.isEmpty else { return [] }
        return ["## How you guessed each other's readiness", ""]
            + results.perception.map { "- " + $0.sentence(names: names, closeGap: content.thresholds.closeGap) } + [""]
    }

    private func guidance() -> [String] {
        var lines = ["## Next steps"]
        for chosen in results.cards.prefix(Results.cardsShownFirst) {
            lines += ["", "### \(chosen.audienceLabel(names: names)): \(plain(chosen.card.title))", "", plain(chosen.card.text), "", "Next steps:", ""]
            lines += chosen.card.steps.map { "- " + plain($0) }
            // The reasons are sentences built from names, so each is escaped whole.
            lines += ["", "_Why this: " + chosen.reasons.map(MarkdownText.escaped).joined(separator: " ") + "_"]
        }
        let more = results.cards.dropFirst(Results.cardsShownFirst)
        if !more.isEmpty { lines += ["", "More ideas: " + more.map { plain($0.card.title) }.joined(separator: "; ") + "."] }
        return lines
    }
}
