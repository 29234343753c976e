import SamePageCore

/// The results as readable text for plain mode and for `compare`: the summary first, then the sections
/// (readiness, worries, guesses, next steps, support), in the same order and words as the screen and the
/// report. Numbers always come with words, never colour alone.
public struct ResultsText {
    public let results: Results
    public let content: Content
    public var width = 78

    public init(results: Results, content: Content) {
        self.results = results
        self.content = content
    }

    public func render() -> String {
        var lines = ["", words(.textHeading), ""]
        lines += wrapColumns(results.mode == .couple ? content.texts.resultsIntro : content.texts.soloResultsIntro, width: width)
        lines += [""] + summary() + [""] + readiness() + [""] + themeTable() + [""] + perception() + guidance()
        lines += [""] + wrap(content.texts.disclaimer, width: width)
        lines += [""] + content.checkIn.sharedLines(width: width, words: words)
        return lines.joined(separator: "\n") + "\n"
    }

    private var names: [String] { results.partners.map(\.name) }
    private var words: InterfaceText { content.interface }

    /// The summary: the same lines the results screen opens with.
    private func summary() -> [String] {
        let summary = ResultsSummary(results: results, content: content)
        var lines = [words(.sectionSummary)]
        lines += Self.scoreLines(summary, results: results).map { "  " + $0 }
        if results.mode == .couple { lines.append("  " + Self.meter(results, length: 41, glyphs: .ascii)) }
        for sentence in [summary.gapLine, summary.about, summary.readier, summary.sharedStep].compactMap({ $0 }) {
            lines += wrap(sentence, width: width, indent: "  ")
        }
        for sentence in summary.weighsMost { lines += wrap(sentence, width: width, indent: "  ") }
        for sentence in summary.strengths { lines += wrap(words(.strength, ["sentence": sentence]), width: width, indent: "  ") }
        if !summary.nextSteps.isEmpty {
            lines.append("  " + words(.nextSteps))
            for step in summary.nextSteps { lines += bullet(step, indent: 4) }
        }
        return lines
    }

    /// "A  Alex  89  Ready to try": letter, name, score and band, names aligned.
    static func scoreLines(_ summary: ResultsSummary, results: Results) -> [String] {
        let nameWidth = summary.scores.map(\.name.displayWidth).max() ?? 0
        let scoreWidth = summary.scores.map(\.score.displayWidth).max() ?? 0
        return summary.scores.enumerated().map { index, score in
            (results.mode == .couple ? "\(letter(index))  " : "") + score.name.padding(to: nameWidth) + "  "
                + score.score.padding(to: scoreWidth, left: true) + (score.band.map { "  " + $0 } ?? "")
        }
    }

    private func readiness() -> [String] {
        var lines = [words(.readinessHeading)]
        for profile in results.partners {
            guard let band = profile.band else {
                lines += wrap("\(profile.name): \(content.texts.notEnough).", width: width, indent: "  ")
                continue
            }
            let bandWords = content.words.band(band)
            lines += wrap("\(profile.name), \(profile.readiness.value ?? 0), \(bandWords.name.lowercased()): \(bandWords.summary)",
                          width: width, indent: "  ")
        }
        return lines
    }

    /// Both readiness scores on one 0–100 track, each marked by its letter ("*" where both stand), with
    /// the gap between them drawn double.
    static func meter(_ results: Results, length: Int, glyphs: Glyphs) -> String {
        let gapMark: Character = glyphs == .ascii ? "=" : "═"
        var track = Array(repeating: glyphs.rule, count: length)
        let positions = results.partners.map { $0.readiness.value.map { ($0 * (length - 1) + 50) / 100 } }
        if positions.count == 2, let a = positions[0], let b = positions[1], a != b {
            for index in (min(a, b) + 1)..<max(a, b) { track[index] = gapMark }
        }
        for (index, position) in positions.enumerated() {
            guard let position else { continue }
            track[position] = track[position] == "A" ? "*" : letter(index)
        }
        return "0 [" + String(track) + "] 100"
    }

    private func themeTable() -> [String] {
        var lines = [Self.themeHeading(results.mode, words: words)]
        let nameWidth = max(content.themes.map(\.name.displayWidth).max() ?? 0, 5)
        let columnWidth = (names.map(\.displayWidth).max() ?? 0) + 2
        lines.append("  " + words(.worryColumn).padding(to: nameWidth) + names.map { $0.padding(to: max(columnWidth, 5), left: true) }.joined())
        for (row, theme) in content.themes.enumerated() {
            var line = "  " + theme.name.padding(to: nameWidth)
            for profile in results.partners {
                line += (profile.themes[row].score.value.map(String.init) ?? Self.noScore).padding(to: max(columnWidth, 5), left: true)
            }
            if let sentence = results.pair?.themes[row].sentence(names: names, words: words) { line += "   " + sentence }
            lines.append(line)
        }
        let missing = results.partners.contains { $0.themes.contains { $0.score.value == nil } }
        if missing { lines.append("  " + words(.noScoreMeans, ["mark": Self.noScore, "words": content.texts.notEnough])) }
        return lines
    }

    private func perception() -> [String] {
        guard !results.perception.isEmpty else { return [] }
        var lines = [results.guessesHeading(words)]
        for gap in results.perception {
            lines += wrap(gap.sentence(names: names, closeGap: content.thresholds.closeGap, words: words), width: width, indent: "  ")
        }
        return lines + [""]
    }

    /// The cards shown first, each with its steps and why it was chosen; the rest by title under "more".
    private func guidance() -> [String] {
        var lines = [words(.sectionSteps)]
        for chosen in results.cards.prefix(Results.cardsShownFirst) {
            lines.append("")
            lines.append("  [\(chosen.audienceLabel(names: names, words: words))] \(chosen.card.title)")
            lines += wrap(chosen.card.text, width: width, indent: "    ")
            lines.append("    " + words(.stepsLabel))
            for step in chosen.card.steps { lines += bullet(step, indent: 6) }
            lines += wrap(words(.whyThisText, ["reasons": chosen.reasons.joined(separator: " ")]), width: width, indent: "    ")
        }
        let more = results.cards.dropFirst(Results.cardsShownFirst)
        if !more.isEmpty {
            lines += [""] + wrap(words(.moreIdeasList, ["titles": more.map(\.card.title).joined(separator: "; ")]), width: width, indent: "  ")
        }
        return lines
    }

    /// A "- " item wrapped with its continuation lines under the text.
    private func bullet(_ text: String, indent: Int) -> [String] {
        wrap(text, width: width, indent: String(repeating: " ", count: indent)).enumerated().map { index, line in
            index == 0 ? String(repeating: " ", count: indent - 2) + "- " + line.dropFirst(indent) : line
        }
    }

    static func themeHeading(_ mode: SessionMode, words: InterfaceText) -> String {
        words(mode == .couple ? .worriesHeadingCouple : .worriesHeadingSolo)
    }

    /// Stands in a table cell for a score with too few answers; explained under the table.
    static let noScore = "--"

    static func letter(_ index: Int) -> Character { index == 0 ? "A" : "B" }
}
