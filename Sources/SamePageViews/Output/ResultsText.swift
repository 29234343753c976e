import SamePageCore

/// The results as readable text, for plain mode and for `compare`: the results document's sections in
/// order, numbered as on the screen. Numbers always come with words, never colour alone.
public struct ResultsText {
    public let results: Results
    public let content: Content
    public var sample: SampleCouple?
    public var width = 78
    public var form = Form.printed

    /// Printed (`compare`, a file, a pipe), or heard line by line, where a screen reader reads it.
    public enum Form: Sendable {
        case printed
        /// What is read first: the summary without what the sections say again, the readiness in words
        /// and numbers rather than a drawn meter, one line a worry, a card as its title and first step (as
        /// on screen until it is opened), the support section's words and emergency numbers.
        case heard
        /// What `heard` left out, when the listener asks for more: each weighed worry's kind note, every
        /// card in full, and every service with who it is for and when it is open.
        case heardRest
    }

    var spoken: Bool { form != .printed }

    public init(results: Results, content: Content, sample: SampleCouple? = nil) {
        self.results = results
        self.content = content
        self.sample = sample
    }

    public func render() -> String {
        let text = (form == .heardRest ? rest() : whole()).joined(separator: "\n") + "\n"
        return spoken ? SpokenText.cleaned(text) : text
    }

    private func whole() -> [String] {
        // By ear every card comes in, so that the common questions among them are told apart (`forTheEar`).
        let document = ResultsDocument(results: results, content: content, sample: sample, allCards: spoken, heard: spoken)
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
        return lines
    }

    /// The sections `heard` shortened, with only what it left out.
    private func rest() -> [String] {
        var lines: [String] = []
        for section in ResultsDocument(results: results, content: content, sample: sample, allCards: true).sections {
            var kept: [String] = []
            for block in section.blocks {
                switch block {
                case .worry(let title, _, let about?):
                    kept += wrap(title, width: width, indent: "  ") + wrap(about, width: width, indent: "    ")
                case .card(let card): kept += render(card)
                // The guidance is information, not advice: said again wherever cards are read.
                case .text(let text, .note) where section.id == .nextSteps: kept += [""] + wrap(text, width: width, indent: "  ")
                case .support:
                    kept += SupportPage.resourceLines(content.checkIn, width: width - 2, words: words).map {
                        $0.text.isEmpty ? "" : "  " + $0.text
                    }
                default: continue
                }
            }
            if !kept.isEmpty { lines += ["", section.numbered] + kept }
        }
        return lines
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
        case .worry(let title, let bars, _) where spoken:
            // One line a worry, each person named by their number.
            let each = bars.map { "\($0.name) \($0.value.map(String.init) ?? $0.missing ?? "")" }.joined(separator: "; ")
            // The kind note is in the rest, so a listener hears every worry before any note.
            return wrap(words(.typographyLabel, ["label": title, "value": each]) + ".", width: width, indent: "  ")
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
        case .card(let card): return render(card)
        case .more(let titles):
            return [""] + wrap(ListWords.moreIdeas(titles, words: words), width: width, indent: "  ")
        case .support:
            // The same lines everyone gets, word for word, as the support page shows them.
            guard spoken else { return content.checkIn.sharedLines(width: width, words: words) }
            // By ear, the services of the reader's own country were read on the support page after the
            // questions, and the prompt after the results offers every one: the section keeps its words
            // and the emergency numbers.
            var none = content.checkIn
            none.resources = []
            return none.sharedLines(width: width, words: words)
        }
    }

    /// A card in full: its text, its steps and why it was chosen.
    private func render(_ card: ResultsDocument.Card) -> [String] {
        var lines = [""] + wrap("[\(card.audience)] \(card.title)", width: width, indent: "  ")
        lines += wrap(card.text, width: width, indent: "    ")
        lines.append("    " + words(.resultsStepsLabel))
        for step in card.steps { lines += bullet(step, indent: 6) }
        return lines + wrap(words(.resultsWhyThisText, ["reasons": card.why]), width: width, indent: "    ")
    }

    /// The cards read first by ear, as their title and first step: fewer than on screen, where the eye
    /// can pass over them.
    static let cardsHeardFirst = 4

    /// By ear (from a document with every card), the cards past the first few and the common questions any
    /// couple may get are counted, not listed: a list is hard to hold by ear, and both are read in full in
    /// the rest, as they are on screen and in the report.
    static func forTheEar(_ blocks: [ResultsDocument.Block], words: InterfaceText) -> [ResultsDocument.Block] {
        let common = words(.cardsCommon)
        var kept: [ResultsDocument.Block] = [], later: [String] = [], questions: [String] = []
        for block in blocks {
            if case .card(let card) = block, card.audience == common {
                questions.append(card.title)
            } else if case .card(let card) = block, card.index >= Self.cardsHeardFirst {
                later.append(card.title)
            } else {
                kept.append(block)
            }
        }
        // In the place of the first card they stand for: before the disclaimer that ends the section.
        let place = kept.lastIndex { if case .card = $0 { true } else { false } }.map { $0 + 1 } ?? kept.count
        var counted: [String] = []
        if later.count == 1 { counted.append(words(.plainMoreOne)) }
        if later.count > 1 { counted.append(words(.plainMoreMany, ["count": String(later.count)])) }
        if let only = questions.first, questions.count == 1 { counted.append(words(.plainCommonOne, ["title": only])) }
        if questions.count > 1 { counted.append(words(.plainCommonMany, ["count": String(questions.count)])) }
        kept.insert(contentsOf: counted.map { .text($0, .note) }, at: place)
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
