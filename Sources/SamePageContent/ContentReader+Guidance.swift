import SamePageCore
import Yams

extension ContentReader {
    /// The limit used for counts that depend on questions.yaml when it could not be read.
    static let unknownLimit = 1_000

    static let thresholdFields = [
        "unsure", "ready", "close_gap", "lean_gap", "theme_agree_gap", "theme_high", "top_themes", "min_answers",
    ]

    func readPairing(
        _ pairing: Fields?, _ sections: (readiness: Section, themes: [Section])?
    ) -> (Thresholds?, [PairingLabel]?) {
        guard let pairing else { return (nil, nil) }
        return (readThresholds(pairing, sections), readLabels(pairing))
    }

    private func readThresholds(_ pairing: Fields, _ sections: (readiness: Section, themes: [Section])?) -> Thresholds? {
        guard let numbers = pairing.fields("thresholds", what: "the thresholds", allowed: Self.thresholdFields) else {
            return nil
        }
        let score = 0...100
        let unsure = numbers.number("unsure", in: score), ready = numbers.number("ready", in: score)
        let close = numbers.number("close_gap", in: score), lean = numbers.number("lean_gap", in: score)
        let agree = numbers.number("theme_agree_gap", in: score), high = numbers.number("theme_high", in: score)
        // The upper limits come from questions.yaml; when it could not be read, only the form is checked
        // here, so its one mistake is not repeated as false ones.
        let unknown = Self.unknownLimit
        let top = numbers.number("top_themes", in: 1...max(sections?.themes.count ?? unknown, 1))
        let minimums = numbers.fields("min_answers", what: "the minimum answers", allowed: ["readiness", "theme"])
        let smallestTheme = sections.map { $0.themes.map(\.items.count).min() ?? 1 } ?? unknown
        let minReadiness = minimums?.number("readiness", in: 1...(sections?.readiness.items.count ?? unknown))
        let minTheme = minimums?.number("theme", in: 1...max(smallestTheme, 1))
        if let unsure, let ready, unsure >= ready {
            diagnostics.report(numbers.file, numbers.mark("ready"), "the thresholds are out of order: 'ready' (\(ready)) must be above 'unsure' (\(unsure)).")
            return nil
        }
        if let close, let lean, close >= lean {
            diagnostics.report(numbers.file, numbers.mark("lean_gap"), "the thresholds are out of order: 'lean_gap' (\(lean)) must be above 'close_gap' (\(close)).")
            return nil
        }
        guard let unsure, let ready, let close, let lean, let agree, let high, let top, let minReadiness, let minTheme
        else { return nil }
        return Thresholds(
            unsure: unsure, ready: ready, closeGap: close, leanGap: lean, themeAgreeGap: agree, themeHigh: high,
            topThemes: top, minReadinessAnswers: minReadiness, minThemeAnswers: minTheme
        )
    }

    private func readLabels(_ pairing: Fields) -> [PairingLabel]? {
        let nodes = pairing.list("labels") ?? []
        var labels: [PairingLabel] = []
        var lines: [String: Int] = [:]
        for node in nodes {
            guard let fields = Fields(node, file: pairing.file, what: "a pairing label",
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
            diagnostics.report(pairing.file, nodes[early].mark, "only the last pairing label can have 'when: any'; the labels after it could never be used.")
            return nil
        }
        if labels.last?.when != .any {
            diagnostics.report(pairing.file, nodes.last?.mark, "the last pairing label must have 'when: any', so every pair gets a label.")
            return nil
        }
        return labels
    }

    func readCards(_ file: Fields?, pairings: [String]?, themes: [String]?) -> [GuidanceCard]? {
        guard let file else { return nil }
        let nodes = file.list("cards") ?? []
        var cards: [GuidanceCard] = []
        var lines: [String: Int] = [:]
        for node in nodes {
            guard var fields = Fields(node, file: file.file, what: "a card",
                                      allowed: ["id", "for", "when", "title", "text", "steps"], diagnostics: diagnostics),
                  let id = self.id(fields)
            else { continue }
            fields.what = "the card '\(id)'"
            if let line = lines[id] {
                diagnostics.report(fields.file, fields.mark("id"), "the card id '\(id)' is already used on line \(line).")
                continue
            }
            lines[id] = fields.mark("id")?.line ?? 0
            let audience = fields.choice("for", of: Audience.self)
            let title = fields.text("title"), text = fields.text("text"), steps = fields.texts("steps")
            let rule = readRule(fields, audience: audience, pairings: pairings, themes: themes)
            guard let audience, let title, let text, let steps, let rule else { continue }
            cards.append(GuidanceCard(id: id, audience: audience, rule: rule, title: title, text: text, steps: steps))
        }
        guard !nodes.isEmpty, cards.count == nodes.count else { return nil }
        return cards
    }

    /// The card's `when`, checking that it names pairing labels and themes that exist and suit the audience.
    private func readRule(_ card: Fields, audience: Audience?, pairings: [String]?, themes: [String]?) -> CardRule? {
        guard card.value("when") != nil else { return CardRule() }
        guard let when = card.fields("when", what: "the rule of \(card.what)", allowed: ["pairing", "theme", "readiness"])
        else { return nil }
        var rule = CardRule()
        var failed = false
        if let node = when.value("pairing") {
            let entries = node.sequence.map(Array.init) ?? [node]
            let ids = entries.compactMap { entry -> String? in
                guard case .scalar(let scalar) = entry else { return nil }
                return scalar.string
            }
            if ids.isEmpty || ids.count != entries.count {
                diagnostics.report(when.file, node.mark, "'pairing' in \(when.what) should name a pairing label or a list of them.")
                failed = true
            }
            for id in ids where pairings.map({ !$0.contains(id) }) ?? false {
                diagnostics.report(when.file, node.mark, "\(when.what) names the pairing label '\(id)', which pairing.yaml does not define.")
                failed = true
            }
            if audience == .solo || audience == .everyone || audience == .partner {
                diagnostics.report(when.file, node.mark, "\(when.what) uses 'pairing', which only applies to cards for couple, leaning-in or leaning-out.")
                failed = true
            }
            rule.pairings = ids
        }
        if when.value("theme") != nil, let theme = when.text("theme") {
            if let themes, !themes.contains(theme) {
                diagnostics.report(when.file, when.mark("theme"), "\(when.what) names the theme '\(theme)', which questions.yaml does not define.")
                failed = true
            }
            if let audience, !audience.isPersonal {
                diagnostics.report(when.file, when.mark("theme"), "\(when.what) uses 'theme', which needs a card for one person, not '\(audience.rawValue)'.")
                failed = true
            }
            rule.theme = theme
        }
        if when.value("readiness") != nil {
            guard let band = when.choice("readiness", of: ReadinessBand.self) else { return nil }
            if let audience, !audience.isPersonal {
                diagnostics.report(when.file, when.mark("readiness"), "\(when.what) uses 'readiness', which needs a card for one person, not '\(audience.rawValue)'.")
                failed = true
            }
            rule.readiness = band
        }
        return failed ? nil : rule
    }
}
