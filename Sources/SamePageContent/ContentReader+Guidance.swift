import SamePageCore

extension ContentReader {
    /// The limit used for counts that depend on questions.yaml when it could not be read.
    static let unknownLimit = 1_000

    static let thresholdFields = [
        "not_now", "ready", "close_gap", "wide_gap", "far_gap", "middle", "theme_high", "side_high", "top_themes", "min_answers",
    ]

    func readPairing(_ pairing: Fields?, _ sections: QuestionSections?) -> (Thresholds?, [PairingLabel]?, ResultWords?) {
        guard let pairing else { return (nil, nil, nil) }
        return (readThresholds(pairing, sections), readLabels(pairing), readWords(pairing))
    }

    /// The name and summary of each readiness band, and the words for each size of gap.
    private func readWords(_ pairing: Fields) -> ResultWords? {
        var bands: [ReadinessBand: BandWords] = [:]
        bands.reserveCapacity(ReadinessBand.allCases.count)
        if let fields = pairing.fields("bands", what: "the readiness bands", allowed: ReadinessBand.allCases.map(\.rawValue)) {
            for band in ReadinessBand.allCases {
                guard let words = fields.fields(band.rawValue, what: "the band '\(band.rawValue)'", allowed: ["name", "summary"]) else {
                    continue
                }
                let name = words.text("name"), summary = words.text("summary")
                if let name, let summary { bands[band] = BandWords(name: name, summary: summary) }
            }
        }
        var gaps: [GapSize: String] = [:]
        gaps.reserveCapacity(GapSize.allCases.count)
        if let fields = pairing.fields("gaps", what: "the gap words", allowed: GapSize.allCases.map(\.rawValue)) {
            for size in GapSize.allCases { gaps[size] = fields.text(size.rawValue) }
        }
        guard bands.count == ReadinessBand.allCases.count, gaps.count == GapSize.allCases.count else { return nil }
        return ResultWords(bands: bands, gaps: gaps)
    }

    private func readThresholds(_ pairing: Fields, _ sections: QuestionSections?) -> Thresholds? {
        guard let numbers = pairing.fields("thresholds", what: "the thresholds", allowed: Self.thresholdFields) else {
            return nil
        }
        let score = 0...100
        let notNow = numbers.number("not_now", in: score), ready = numbers.number("ready", in: score)
        let close = numbers.number("close_gap", in: score), wide = numbers.number("wide_gap", in: score)
        let far = numbers.number("far_gap", in: score)
        let middle = numbers.number("middle", in: score), high = numbers.number("theme_high", in: score)
        // The upper limits come from questions.yaml; when it could not be read, only the form is checked
        // here, so its one mistake is not repeated as false ones.
        let unknown = Self.unknownLimit
        let top = numbers.number("top_themes", in: 1...max(sections?.themes.count ?? unknown, 1))
        let minimums = numbers.fields("min_answers", what: "the minimum answers", allowed: ["readiness", "theme", "side"])
        let smallestTheme = sections.map { $0.themes.map(\.items.count).min() ?? 1 } ?? unknown
        let minReadiness = minimums?.number("readiness", in: 1...(sections?.readiness.items.count ?? unknown))
        let minTheme = minimums?.number("theme", in: 1...max(smallestTheme, 1))
        if let notNow, let ready, notNow >= ready {
            diagnostics.report(
                numbers.file, numbers.mark("ready"),
                "the thresholds are out of order: 'ready' (\(ready)) must be above 'not_now' (\(notNow)).")
            return nil
        }
        if let close, let wide, close >= wide {
            diagnostics.report(
                numbers.file, numbers.mark("wide_gap"),
                "the thresholds are out of order: 'wide_gap' (\(wide)) must be above 'close_gap' (\(close)).")
            return nil
        }
        if let middle, let high, high <= middle {
            diagnostics.report(
                numbers.file, numbers.mark("theme_high"),
                "'theme_high' (\(high)) must be above 'middle' (\(middle)): a worry weighs only when it is clearly above the middle.")
            return nil
        }
        // How therapy comes up has its own line and minimum, needed only where the section is asked.
        let hasPattern = sections?.pattern != nil
        let sideHigh = hasPattern || numbers.value("side_high") != nil ? numbers.number("side_high", in: score) : 60
        let smallestSide =
            sections?.pattern.map { section in
                PatternSide.allCases.map { side in section.items.filter { $0.pattern?.side == side && $0.pattern?.who == .me }.count }.min()
                    ?? 1
            } ?? unknown
        let minSide = hasPattern || minimums?.value("side") != nil ? minimums?.number("side", in: 1...max(smallestSide, 1)) : 1
        if let middle, let sideHigh, sideHigh <= middle {
            diagnostics.report(
                numbers.file, numbers.mark("side_high"),
                "'side_high' (\(sideHigh)) must be above 'middle' (\(middle)): a side describes a person only when it is clearly above the middle."
            )
            return nil
        }
        if let close, let far, close >= far {
            diagnostics.report(
                numbers.file, numbers.mark("far_gap"),
                "the thresholds are out of order: 'far_gap' (\(far)) must be above 'close_gap' (\(close)).")
            return nil
        }
        guard let notNow, let ready, let close, let wide, let far, let middle, let high, let top, let minReadiness, let minTheme,
            let sideHigh, let minSide
        else { return nil }
        return Thresholds(
            notNow: notNow, ready: ready, closeGap: close, wideGap: wide, farGap: far, middle: middle, themeHigh: high,
            topThemes: top, minReadinessAnswers: minReadiness, minThemeAnswers: minTheme, sideHigh: sideHigh, minSideAnswers: minSide
        )
    }

    private func readLabels(_ pairing: Fields) -> [PairingLabel]? {
        let nodes = pairing.list("labels") ?? []
        var labels: [PairingLabel] = []
        var lines: [String: Int] = [:]
        for node in nodes {
            guard
                let fields = Fields(
                    node, file: pairing.file, what: "a pairing label",
                    allowed: ["id", "name", "when", "summary"], diagnostics: diagnostics),
                let id = self.id(fields)
            else { continue }
            if let line = lines[id] {
                diagnostics.report(fields.file, fields.mark("id"), "the pairing label '\(id)' is already defined on line \(line).")
                continue
            }
            lines[id] = fields.mark("id")?.line ?? 0
            let name = fields.text("name"), summary = fields.text("summary")
            guard let name, let summary, let when = fields.choice("when", of: PairingCondition.self) else { continue }
            labels.append(PairingLabel(id: id, name: name, when: when, summary: summary))
        }
        guard !nodes.isEmpty, labels.count == nodes.count else { return nil }
        if let early = labels.dropLast().firstIndex(where: { $0.when == .any }) {
            diagnostics.report(
                pairing.file, nodes[early].mark,
                "only the last pairing label can have 'when: any'; the labels after it could never be used.")
            return nil
        }
        if labels.last?.when != .any {
            diagnostics.report(pairing.file, nodes.last?.mark, "the last pairing label must have 'when: any', so every pair gets a label.")
            return nil
        }
        return labels
    }

    func readCards(
        _ file: Fields?, pairings: [String]?, themes: [String]?, ladder: [String]?, hasPattern: Bool?,
        hasSoloPartner: Bool?
    ) -> [GuidanceCard]? {
        guard let file else { return nil }
        let nodes = file.list("cards") ?? []
        var cards: [GuidanceCard] = []
        var lines: [String: Int] = [:]
        for node in nodes {
            guard
                var fields = Fields(
                    node, file: file.file, what: "a card",
                    allowed: ["id", "for", "when", "pace", "pinned", "title", "text", "steps"], diagnostics: diagnostics),
                let id = self.id(fields)
            else { continue }
            fields.what = "the card '\(id)'"
            if let line = lines[id] {
                diagnostics.report(fields.file, fields.mark("id"), "the card id '\(id)' is already used on line \(line).")
                continue
            }
            lines[id] = fields.mark("id")?.line ?? 0
            let audience = fields.choice("for", of: Audience.self)
            let title = fields.text("title"), text = fields.text("text"), steps = readSteps(fields, ladder: ladder)
            let rule = readRule(
                fields, audience: audience, pairings: pairings, themes: themes, hasPattern: hasPattern,
                hasSoloPartner: hasSoloPartner)
            let pace = fields.value("pace") == nil ? .some(nil) : readPace(fields, ladder: ladder).map(Optional.some)
            guard let audience, let title, let text, let steps, let rule, let pace else { continue }
            cards.append(
                GuidanceCard(
                    id: id, audience: audience, rule: rule, title: title, text: text, steps: steps,
                    pinned: fields.flag("pinned"), pace: pace))
        }
        guard !nodes.isEmpty, cards.count == nodes.count else { return nil }
        let pinned = cards.filter(\.pinned)
        if pinned.count > GuidanceCard.maximumPinned {
            diagnostics.report(
                file.file, nodes.first?.mark,
                "\(pinned.count) cards are pinned (\(pinned.map(\.id).joined(separator: ", "))); at most \(GuidanceCard.maximumPinned) can be, so that each still comes among the six shown first."
            )
            return nil
        }
        return cards
    }

    /// A card's steps: each a line of text, or `text` with the `pace` (a step of the ladder) it asks for.
    private func readSteps(_ card: Fields, ladder: [String]?) -> [CardStep]? {
        guard let nodes = card.list("steps") else { return nil }
        var steps: [CardStep] = []
        for node in nodes {
            if node.mapping != nil {
                guard
                    let step = Fields(
                        node, file: card.file, what: "a step of \(card.what)", allowed: ["text", "pace"], diagnostics: diagnostics),
                    let text = step.text("text"), let pace = readPace(step, ladder: ladder)
                else { continue }
                steps.append(CardStep(text: text, pace: pace))
            } else if case .scalar(let scalar) = node, !scalar.string.trimmedText.isEmpty {
                steps.append(CardStep(text: SafeText.shown(scalar.string, keepingLines: true).trimmedText))
            } else {
                diagnostics.report(
                    card.file, node.mark, "each entry of 'steps' in \(card.what) should be non-empty text, or 'text' with a 'pace'.")
            }
        }
        return steps.count == nodes.count ? steps : nil
    }

    /// A `pace`: the id of a step of the ladder in questions.yaml.
    private func readPace(_ fields: Fields, ladder: [String]?) -> String? {
        guard let pace = fields.text("pace") else { return nil }
        if let ladder, !ladder.contains(pace) {
            let known =
                ladder.isEmpty
                ? "questions.yaml has no 'steps' section" : "the steps are " + ladder.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.report(
                fields.file, fields.mark("pace"), "'pace' in \(fields.what) names '\(pace)', which is not a step of the ladder; \(known).")
            return nil
        }
        return pace
    }

    /// A rule's value that is one name or a list of them, each read by `read`; `whole` is false when the
    /// list is empty or any entry is not a name `read` knows.
    private func names<T>(_ node: YAMLNode, _ read: (String) -> T?) -> (values: [T], whole: Bool) {
        let entries = node.sequence.map(Array.init) ?? [node]
        let values = entries.compactMap { $0.string.flatMap(read) }
        return (values, !values.isEmpty && values.count == entries.count)
    }

    /// The card's `when`, checking that it names pairing labels and themes that exist and suit the audience.
    private func readRule(
        _ card: Fields, audience: Audience?, pairings: [String]?, themes: [String]?, hasPattern: Bool?,
        hasSoloPartner: Bool?
    ) -> CardRule? {
        guard card.value("when") != nil else { return CardRule() }
        guard
            let when = card.fields("when", what: "the rule of \(card.what)", allowed: ["pairing", "theme", "readiness", "side", "stance"])
        else { return nil }
        var rule = CardRule()
        var failed = false
        if let node = when.value("pairing") {
            let (ids, whole) = names(node) { $0 }
            if !whole {
                diagnostics.report(when.file, node.mark, "'pairing' in \(when.what) should name a pairing label or a list of them.")
                failed = true
            }
            for id in ids where pairings.map({ !$0.contains(id) }) ?? false {
                diagnostics.report(
                    when.file, node.mark, "\(when.what) names the pairing label '\(id)', which pairing.yaml does not define.")
                failed = true
            }
            if audience == .solo || audience == .everyone || audience == .partner {
                diagnostics.report(
                    when.file, node.mark, "\(when.what) uses 'pairing', which only applies to cards for couple, readier or less-ready.")
                failed = true
            }
            rule.pairings = ids
        }
        if when.value("theme") != nil, let theme = when.text("theme") {
            if let themes, !themes.contains(theme) {
                diagnostics.report(
                    when.file, when.mark("theme"), "\(when.what) names the theme '\(theme)', which questions.yaml does not define.")
                failed = true
            }
            if let audience, !audience.isPersonal {
                diagnostics.report(
                    when.file, when.mark("theme"),
                    "\(when.what) uses 'theme', which needs a card for one person, not '\(audience.rawValue)'.")
                failed = true
            }
            rule.theme = theme
        }
        if when.value("readiness") != nil {
            guard let band = when.choice("readiness", of: ReadinessBand.self) else { return nil }
            if let audience, !audience.isPersonal {
                diagnostics.report(
                    when.file, when.mark("readiness"),
                    "\(when.what) uses 'readiness', which needs a card for one person, not '\(audience.rawValue)'.")
                failed = true
            }
            rule.readiness = band
        }
        if when.value("side") != nil {
            guard let side = when.choice("side", of: PatternSide.self) else { return nil }
            if let audience, !audience.isPersonal {
                diagnostics.report(
                    when.file, when.mark("side"), "\(when.what) uses 'side', which needs a card for one person, not '\(audience.rawValue)'."
                )
                failed = true
            }
            if hasPattern == false {
                diagnostics.report(
                    when.file, when.mark("side"), "\(when.what) uses 'side', but questions.yaml has no 'pattern' section to tell it.")
                failed = true
            }
            rule.side = side
        }
        if let node = when.value("stance") {
            let (stances, whole) = names(node, PartnerStance.init(rawValue:))
            if !whole {
                let known = PartnerStance.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.report(
                    when.file, node.mark,
                    "'stance' in \(when.what) should name what a person alone said about their partner (\(known)), or a list of them.")
                failed = true
            }
            if audience != .solo {
                diagnostics.report(when.file, node.mark, "\(when.what) uses 'stance', which only applies to cards for 'solo'.")
                failed = true
            }
            if hasSoloPartner == false {
                diagnostics.report(
                    when.file, node.mark, "\(when.what) uses 'stance', but questions.yaml has no 'solo_partner' question to tell it.")
                failed = true
            }
            rule.stances = stances
        }
        return failed ? nil : rule
    }
}
