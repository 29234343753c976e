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
        lines.append(plain(words(.reportMadeOn, ["date": date, "id": identity.id, "version": String(identity.version),
                                                 "fingerprint": identity.fingerprint])))
        lines += ["", plain(intro), ""]
        lines += summary() + [""] + readiness() + [""] + themes() + [""] + perception() + guidance()
        lines += ["", "---", "", plain(content.texts.disclaimer), ""] + content.checkIn.sharedMarkdown(words).map(plain)
        return lines.joined(separator: "\n")
    }

    /// Names come from files and keyboards: escaped, so a name is only ever words (see `MarkdownText`).
    private var names: [String] { results.partners.map { MarkdownText.escaped($0.name) } }
    private var words: InterfaceText { content.interface }
    /// Content text may use Markdown, never raw HTML.
    private func plain(_ text: String) -> String { MarkdownText.withoutHTML(text) }
    private var intro: String { results.mode == .couple ? content.texts.resultsIntro : content.texts.soloResultsIntro }
    private func score(_ value: Int?) -> String { value.map(String.init) ?? plain(content.texts.notEnough) }

    /// The summary, as on the screen and in the text; sentences built from names are escaped whole.
    private func summary() -> [String] {
        let summary = ResultsSummary(results: results, content: content)
        var lines = ["## " + plain(words(.sectionSummary)), ""]
        lines += ResultsText.scoreLines(summary, results: results).map { "- " + MarkdownText.escaped($0) }
        let sentences = [summary.gapLine, summary.about, summary.readier, summary.sharedStep].compactMap { $0 }
            + summary.weighsMost + summary.strengths.map { words(.strength, ["sentence": $0]) }
        lines += [""] + sentences.map { MarkdownText.escaped($0) + "  " }
        if !summary.nextSteps.isEmpty {
            lines += ["", plain(words(.nextSteps)), ""] + summary.nextSteps.map { "- " + plain($0) }
        }
        return lines
    }

    private func readiness() -> [String] {
        let columns = [words(.nameColumn), words(.readinessColumn)].map { plain($0).replacing("|", with: "\\|") }
        var lines = ["## " + plain(words(.readinessHeadingShort)), "", "| | \(columns[0]) | \(columns[1]) | |", "| --- | --- | --- | --- |"]
        for (index, profile) in results.partners.enumerated() {
            let band = profile.band.map { plain(content.words.band($0).name) } ?? ""
            lines.append("| \(ResultsText.letter(index)) | \(names[index]) | \(score(profile.readiness.value)) | \(band) |")
        }
        if results.mode == .couple { lines += ["", "```text", ResultsText.meter(results, length: 41, glyphs: .ascii), "```"] }
        return lines
    }

    private func themes() -> [String] {
        var header = "| \(plain(words(.worryColumn)).replacing("|", with: "\\|")) |"
        var rule = "| --- |"
        for (index, name) in names.enumerated() {
            header += " \(ResultsText.letter(index)) \(name) |"
            rule += " ---: |"
        }
        if results.pair != nil {
            header += " |"
            rule += " --- |"
        }
        var lines = ["## " + plain(ResultsText.themeHeading(results.mode, words: words)), "", header, rule]
        for (row, theme) in content.themes.enumerated() {
            var line = "| \(plain(theme.name).replacing("|", with: "\\|")) |"
            for profile in results.partners { line += " \(profile.themes[row].score.value.map(String.init) ?? "--") |" }
            if let pair = results.pair {
                line += " \(pair.themes[row].sentence(names: names, words: words).map(plain) ?? "") |"
            }
            lines.append(line)
        }
        if results.partners.contains(where: { $0.themes.contains { $0.score.value == nil } }) {
            lines += ["", plain(words(.noScoreMeans, ["mark": "--", "words": content.texts.notEnough]))]
        }
        return lines
    }

    private func perception() -> [String] {
        guard !results.perception.isEmpty else { return [] }
        return ["## " + plain(results.guessesHeading(words)), ""]
            + results.perception.map { "- " + $0.sentence(names: names, closeGap: content.thresholds.closeGap, words: words) } + [""]
    }

    private func guidance() -> [String] {
        var lines = ["## " + plain(words(.sectionSteps))]
        for chosen in results.cards.prefix(Results.cardsShownFirst) {
            lines += ["", "### \(chosen.audienceLabel(names: names, words: words)): \(plain(chosen.card.title))", "", plain(chosen.card.text), "",
                      plain(words(.reportStepsLabel)), ""]
            lines += chosen.card.steps.map { "- " + plain($0) }
            // The reasons are sentences built from names, so each is escaped whole.
            lines += ["", "_" + plain(words(.whyThisText, ["reasons": chosen.reasons.map(MarkdownText.escaped).joined(separator: " ")])) + "_"]
        }
        let more = results.cards.dropFirst(Results.cardsShownFirst)
        if !more.isEmpty { lines += ["", plain(words(.moreIdeasList, ["titles": more.map { plain($0.card.title) }.joined(separator: "; ")]))] }
        return lines
    }
}
