/// The results as readable text for plain mode and for `compare`: scores first, then the meter, the theme
/// table and the cards with their steps and reasons. Numbers always come with words, never colour alone.
public struct ResultsText {
    public let results: Results
    public let content: Content
    public var width = 78

    public init(results: Results, content: Content) {
        self.results = results
        self.content = content
    }

    public func render() -> String {
        var lines = ["", "== Results ==", ""]
        lines += wrapColumns(results.mode == .couple ? content.texts.resultsIntro : content.texts.soloResultsIntro, width: width)
        lines += [""] + readiness() + [""] + themeTable() + [""] + perception() + guidance()
        lines += [""] + wrap(content.texts.disclaimer, width: width)
        lines += [""] + content.checkIn.sharedLines(width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    private var names: [String] { results.partners.map(\.name) }

    private func score(_ value: Int?) -> String { value.map(String.init) ?? content.texts.notEnough }

    private func readiness() -> [String] {
        var lines = ["Readiness to try couples therapy (0 to 100)"]
        let nameWidth = names.map(\.displayWidth).max() ?? 0
        for (index, profile) in results.partners.enumerated() {
            let padded = profile.name.padding(to: nameWidth)
            lines.append("  \(Self.letter(index))  \(padded)  \(score(profile.readiness.value))")
        }
        lines.append(meter())
        guard let pair = results.pair else { return lines }
        if let match = pair.match, let label = pair.pairing {
            lines.append("  Match: \(match) of 100. Pairing: \(label.name).")
            lines += wrap(label.summary, width: width, indent: "  ")
        } else {
            lines.append("  Match: \(content.texts.notEnough).")
        }
        if let lean = pair.leaningIn, let out = pair.leaningOut {
            lines.append("  For now, \(names[lean]) is leaning in and \(names[out]) is leaning out.")
        }
        return lines
    }

    private func meter() -> String { "  " + Self.meter(results, length: 41, glyphs: .ascii) }

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
        var lines = [Self.themeHeading(results.mode)]
        let nameWidth = max(content.themes.map(\.name.displayWidth).max() ?? 0, 5)
        let columns = results.partners.enumerated().map { "\(Self.letter($0.offset)) \($0.element.name)" }
        let columnWidth = (columns.map(\.displayWidth).max() ?? 0) + 2
        lines.append("  " + "Theme".padding(to: nameWidth) + columns.map { $0.padding(to: columnWidth, left: true) }.joined())
        for (row, theme) in content.themes.enumerated() {
            var line = "  " + theme.name.padding(to: nameWidth)
            for profile in results.partners {
                line += (profile.themes[row].score.value.map(String.init) ?? Self.noScore).padding(to: columnWidth, left: true)
            }
            if let agreement = results.pair?.themes[row].agree {
                line += agreement ? "   similar" : "   different"
            }
            lines.append(line)
        }
        let missing = results.partners.contains { $0.themes.contains { $0.score.value == nil } }
        if missing { lines.append("  \(Self.noScore) means \(content.texts.notEnough).") }
        return lines
    }

    private func perception() -> [String] {
        guard !results.perception.isEmpty else { return [] }
        var lines = ["How you guessed each other's readiness"]
        for gap in results.perception {
            lines += wrap(gap.sentence(names: names, closeGap: content.thresholds.closeGap), width: width, indent: "  ")
        }
        return lines + [""]
    }

    private func guidance() -> [String] {
        var lines = ["Guidance and next steps"]
        for chosen in results.cards {
            lines.append("")
            lines.append("  [\(chosen.audienceLabel(names: names))] \(chosen.card.title)")
            lines += wrap(chosen.card.text, width: width, indent: "    ")
            lines.append("    Next steps:")
            for step in chosen.card.steps {
                lines += wrap(step, width: width, indent: "      ").enumerated().map { index, line in
                    index == 0 ? "    - " + line.dropFirst(6) : line
                }
            }
            lines += wrap("Why this: " + chosen.reasons.joined(separator: " "), width: width, indent: "    ")
        }
        return lines
    }

    static func themeHeading(_ mode: SessionMode) -> String {
        mode == .couple ? "What holds each of you back (0 to 100; higher weighs more)" : "What holds you back (0 to 100; higher weighs more)"
    }

    /// Stands in a table cell for a score with too few answers; explained under the table.
    static let noScore = "--"

    static func letter(_ index: Int) -> Character { index == 0 ? "A" : "B" }
}

