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
        lines += readiness() + [""] + themes() + [""] + perception() + guidance()
        lines += ["", "---", "", plain(content.texts.disclaimer), ""] + content.checkIn.sharedMarkdown.map(plain)
        return lines.joined(separator: "\n")
    }

    /// Names come from files and keyboards: escaped, so a name is only ever words (see `MarkdownText`).
    private var names: [String] { results.partners.map { MarkdownText.escaped($0.name) } }
    /// Content text may use Markdown, never raw HTML.
    private func plain(_ text: String) -> String { MarkdownText.withoutHTML(text) }
    private var intro: String { results.mode == .couple ? content.texts.resultsIntro : content.texts.soloResultsIntro }
    private func score(_ value: Int?) -> String { value.map(String.init) ?? plain(content.texts.notEnough) }

    private func readiness() -> [String] {
        var lines = ["## Readiness to try couples therapy", "", "| | Name | Readiness (0 to 100) |", "| --- | --- | --- |"]
        for (index, profile) in results.partners.enumerated() {
            lines.append("| \(ResultsText.letter(index)) | \(names[index]) | \(score(profile.readiness.value)) |")
        }
        lines += ["", "```text", ResultsText.meter(results, length: 41, glyphs: .ascii), "```"]
        guard let pair = results.pair else { return lines }
        lines.append("")
        if let match = pair.match, let gap = pair.gap, let label = pair.pairing {
            lines.append("**Match: \(match) of 100 (a gap of \(gap)). Pairing: \(plain(label.name)).** \(plain(label.summary))")
        } else {
            lines.append("**Match: \(plain(content.texts.notEnough)).**")
        }
        if let lean = pair.leaningIn, let out = pair.leaningOut {
            lines += ["", "For now, \(names[lean]) is leaning in and \(names[out]) is leaning out."]
        }
        return lines
    }

    private func themes() -> [String] {
        var header = "| Theme |"
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
                line += " \(pair.themes[row].agree.map { $0 ? "similar" : "different" } ?? "") |"
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
        var lines = ["## Guidance and next steps"]
        for chosen in results.cards {
            lines += ["", "### \(chosen.audienceLabel(names: names)): \(plain(chosen.card.title))", "", plain(chosen.card.text), "", "Next steps:", ""]
            lines += chosen.card.steps.map { "- " + plain($0) }
            // The reasons are sentences built from names, so each is escaped whole.
            lines += ["", "_Why this: " + chosen.reasons.map(MarkdownText.escaped).joined(separator: " ") + "_"]
        }
        return lines
    }
}
