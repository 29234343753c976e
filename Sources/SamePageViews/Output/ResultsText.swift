import SamePageCore

/// The results as readable text, for plain mode and for `compare`: the results document's sections in
/// order, numbered as on the screen. Numbers always come with words, never colour alone.
public struct ResultsText {
    public let results: Results
    public let content: Content
    public var sample: SampleCouple?
    public var width = 78
    /// For the ear (line by line, where a screen reader reads it): the readiness in words and numbers, not a
    /// drawn meter; a card as its title and first step (as on screen until it is opened); the
    /// support section's words and emergency numbers, and where the services are read.
    public var spoken = false

    public init(results: Results, content: Content, sample: SampleCouple? = nil) {
        self.results = results
        self.content = content
        self.sample = sample
    }

    public func render() -> String {
        let document = ResultsDocument(results: results, content: content, sample: sample)
        var lines = ["", words(.resultsTitle)]
        var said: Set<String> = []
        for section in document.sections {
            lines += ["", section.numbered]
            for block in spoken ? Self.forTheEar(section.blocks, words: words) : section.blocks {
                // By ear, a paragraph already read (a band's summary for both, the pace said again) is not
                // read twice.
                if spoken, case .text(let text, _) = block, !said.insert(text).inserted { continue }
                lines += render(block)
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        return spoken ? SpokenText.cleaned(text) : text
    }

    private var words: InterfaceText { content.interface }

    private func render(_ block: ResultsDocument.Block) -> [String] {
        switch block {
        case .text(let text, _): return wrap(text, width: width, indent: "  ")
        case .heading(let text): return [""] + wrap(text, width: width, indent: "  ")
        case .meter where spoken:
            // Each person's line above already says their readiness in words and numbers.
            return []
        case .meter(let bars):
            // "0 [" and "] 100" around the track, within the width.
            let length = min(41, max(width - 10, 11))
            return ["  " + Self.meter(bars.map(\.value), length: length, glyphs: .ascii), "  " + Self.legend(bars)]
        case .worry(let title, let bars, let about) where spoken:
            // One line a worry, each person named by their number.
            let each = bars.map { "\($0.name) \($0.value.map(String.init) ?? $0.missing ?? "")" }.joined(separator: "; ")
            return wrap(words(.typographyLabel, ["label": title, "value": each]) + ".", width: width, indent: "  ")
                + (about.map { wrap($0, width: width, indent: "    ") } ?? [])
        case .worry(let title, let bars, let about):
            var lines = wrap(title, width: width, indent: "  ")
            let nameWidth = bars.map(\.name.displayWidth).max() ?? 0
            for bar in bars {
                lines.append("    " + bar.name.padding(to: nameWidth) + "  " + (bar.value.map(String.init) ?? bar.missing ?? ""))
            }
            if let about { lines += wrap(about, width: width, indent: "    ") }
            return lines
        case .card(let card) where spoken:
            // By ear a card is its title and first step, as on screen until it is opened (the rest is on
            // screen and in the report).
            return [""] + wrap("[\(card.audience)] \(card.title)", width: width, indent: "  ")
                + card.steps.prefix(1).flatMap { bullet($0, indent: 6) }
        case .card(let card):
            var lines = [""] + wrap("[\(card.audience)] \(card.title)", width: width, indent: "  ")
            lines += wrap(card.text, width: width, indent: "    ")
            lines.append("    " + words(.resultsStepsLabel))
            for step in card.steps { lines += bullet(step, indent: 6) }
            return lines + wrap(words(.resultsWhyThisText, ["reasons": card.why]), width: width, indent: "    ")
        case .more(let titles):
            return [""] + wrap(ListWords.moreIdeas(titles, words: words), width: width, indent: "  ")
        case .support:
            // The same lines everyone gets, word for word, as the support page shows them.
            guard spoken else { return content.checkIn.sharedLines(width: width, words: words) }
            // By ear, the services were read on the support page after the questions (every place with
            // `more`): the section keeps its words and the emergency numbers, and says where the lines are.
            var none = content.checkIn
            none.resources = []
            return none.sharedLines(width: width, words: words) + [""] + wrap(words(.plainSupportElsewhere), width: width)
        }
    }

    /// By ear, the common questions every couple gets are named with "More ideas" rather than read in full,
    /// as the cards past the first few are: they are on screen and in the report.
    static func forTheEar(_ blocks: [ResultsDocument.Block], words: InterfaceText) -> [ResultsDocument.Block] {
        let common = words(.cardsCommon)
        var kept: [ResultsDocument.Block] = [], named: [String] = []
        for block in blocks {
            if case .card(let card) = block, card.audience == common {
                named.append(card.title)
            } else if case .more(let titles) = block {
                named += titles
            } else {
                kept.append(block)
            }
        }
        guard !named.isEmpty else { return kept }
        // In the place of the first card it stands for: before the disclaimer that ends the section.
        let place = kept.lastIndex { if case .card = $0 { true } else { false } }.map { $0 + 1 } ?? kept.count
        kept.insert(.more(named), at: place)
        return kept
    }

    /// A "- " item wrapped with its continuation lines under the text.
    private func bullet(_ text: String, indent: Int) -> [String] {
        wrap(text, width: width, indent: String(repeating: " ", count: indent)).enumerated().map { index, line in
            index == 0 ? String(repeating: " ", count: indent - 2) + "- " + line.dropFirst(indent) : line
        }
    }

    /// Both readiness scores on one 0–100 track, each marked by its letter ("*" where both stand), with
    /// the gap between them drawn double.
    static func meter(_ values: [Int?], length: Int, glyphs: Glyphs) -> String {
        let gapMark: Character = glyphs == .ascii ? "=" : "═"
        var track = Array(repeating: glyphs.rule, count: length)
        let positions = values.map { $0.map { ($0 * (length - 1) + 50) / 100 } }
        if positions.count == 2, let a = positions[0], let b = positions[1], a != b {
            for index in (min(a, b) + 1)..<max(a, b) { track[index] = gapMark }
        }
        for (index, position) in positions.enumerated() {
            guard let position else { continue }
            track[position] = track[position] == "A" ? "*" : letter(index)
        }
        return "0 [" + String(track) + "] 100"
    }

    /// "A Jordan · B Riley": who each letter on the meter is.
    static func legend(_ bars: [ResultsDocument.Bar]) -> String {
        bars.map { "\(letter($0.person)) \($0.name)" }.joined(separator: " · ")
    }

    static func letter(_ index: Int) -> Character { index == 0 ? "A" : "B" }
}
