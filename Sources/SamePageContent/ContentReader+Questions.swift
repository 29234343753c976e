import SamePageCore

extension ContentReader {
    /// Each theme needs at least this many items, so one answer never decides a theme alone.
    static let minimumThemeItems = 3
    /// Readiness needs at least this many items for the same reason.
    static let minimumReadinessItems = 3

    mutating func readQuestions(_ questions: Fields?) -> QuestionSections? {
        guard let questions else { return nil }
        let readinessFields = questions.fields("readiness", what: "the readiness section", allowed: ["name", "about", "items"])
        let readiness = readinessFields.flatMap { readSection($0, id: "readiness", minimum: Self.minimumReadinessItems) }
        var themes: [Section] = []
        var themeIDs: [String: Int] = [:]
        for node in questions.list("themes") ?? [] {
            guard
                var fields = Fields(
                    node, file: questions.file, what: "a theme",
                    allowed: ["id", "name", "about", "gate", "not_applicable", "items"],
                    diagnostics: diagnostics),
                let id = self.id(fields)
            else { continue }
            fields.what = "the theme '\(id)'"
            if let line = themeIDs[id] {
                diagnostics.report(fields.file, fields.mark("id"), "the theme id '\(id)' is already used on line \(line).")
                continue
            }
            themeIDs[id] = fields.mark("id")?.line ?? 0
            if let theme = readSection(fields, id: id, minimum: Self.minimumThemeItems) {
                themes.append(theme)
            }
        }
        // How therapy comes up is optional too, so an older copy of the content still runs.
        var pattern: Section?
        if questions.value("pattern") != nil {
            guard
                let fields = questions.fields("pattern", what: "the section on how therapy comes up", allowed: ["name", "about", "items"]),
                let section = readPattern(fields)
            else { return nil }
            pattern = section
        }
        // The ladder of steps is optional: without it, the results name no shared step.
        var steps: Section?
        if questions.value("steps") != nil {
            guard let fields = questions.fields("steps", what: "the steps section", allowed: ["name", "about", "items"]),
                let ladder = readSection(fields, id: "steps", minimum: 2, isLadder: true)
            else { return nil }
            steps = ladder
        }
        // The question a person alone answers first, about their partner: optional too.
        var soloPartner: SoloPartnerQuestion?
        if questions.value("solo_partner") != nil {
            guard
                let fields = questions.fields(
                    "solo_partner", what: "the question about the partner", allowed: ["id", "name", "text", "choices"]),
                let question = readSoloPartner(fields)
            else { return nil }
            soloPartner = question
        }
        guard let readiness, !themes.isEmpty, themes.count == themeIDs.count else { return nil }
        return QuestionSections(readiness: readiness, pattern: pattern, themes: themes, steps: steps, soloPartner: soloPartner)
    }

    /// Its id, heading and text, and a choice for each stance (open, declines, unaware), in that order.
    private mutating func readSoloPartner(_ fields: Fields) -> SoloPartnerQuestion? {
        let name = fields.text("name"), text = fields.text("text")
        let stances = PartnerStance.allCases.map(\.rawValue)
        let choices = fields.fields("choices", what: "the choices of the question about the partner", allowed: stances)
        let labels = choices.map { choices in stances.compactMap { choices.text($0) } }
        guard let id = self.id(fields), let name, let text, let labels, labels.count == stances.count, register(id, fields)
        else { return nil }
        return SoloPartnerQuestion(item: Item(id: id, text: text), name: name, choices: labels)
    }

    private mutating func readSection(_ fields: Fields, id: String, minimum: Int, isLadder: Bool = false) -> Section? {
        let name = fields.text("name"), about = fields.text("about")
        var items: [Item] = []
        var failed = false
        if fields.value("not_applicable") != nil {
            diagnostics.report(
                fields.file, fields.mark("not_applicable"),
                "'not_applicable' (a sixth choice on every item) is replaced by 'gate': one question asked before the theme, with 'id' and 'text', like \"I have seen a therapist before\"; disagreeing with it sets the theme's items aside."
            )
            failed = true
        }
        // A theme that does not fit everyone asks one question first.
        var gate: Item?
        if fields.value("gate") != nil {
            guard let gateFields = fields.fields("gate", what: "the gate question of \(fields.what)", allowed: ["id", "text"]),
                let gateID = self.id(gateFields), let text = gateFields.text("text"), register(gateID, gateFields)
            else { return nil }
            gate = Item(id: gateID, text: text)
        }
        let nodes = fields.list("items") ?? []
        for node in nodes {
            guard
                let item = Fields(
                    node, file: fields.file, what: "an item of \(fields.what)",
                    allowed: isLadder
                        ? ["id", "text", "step", "alone"] : ["id", "text", "reverse"] + (id == "readiness" ? ["guess"] : []),
                    diagnostics: diagnostics),
                let itemID = self.id(item), let text = item.text("text")
            else { failed = true; continue }
            let reverse = item.flag("reverse")
            // A step needs the short name the results use for it.
            let step = isLadder ? item.text("step") : nil
            if isLadder && step == nil { failed = true; continue }
            if register(itemID, item) {
                items.append(
                    Item(id: itemID, text: text, reverse: reverse, step: step, alone: item.flag("alone"), guess: item.flag("guess")))
            } else {
                failed = true
            }
        }
        if !nodes.isEmpty && nodes.count < minimum {
            diagnostics.report(
                fields.file, fields.mark("items"),
                "\(fields.what) has \(nodes.count) item\(nodes.count == 1 ? "" : "s"); it needs at least \(minimum) so no single answer decides it."
            )
            failed = true
        }
        if items.filter(\.guess).count > Content.maximumGuesses {
            diagnostics.report(
                fields.file, fields.mark("items"),
                "\(fields.what) marks \(items.filter(\.guess).count) items with 'guess: true'; the round of guesses asks about at most \(Content.maximumGuesses), so it stays short."
            )
            failed = true
        }
        if !isLadder && !items.isEmpty && !items.contains(where: \.reverse) && id != "readiness" {
            diagnostics.report(
                fields.file, fields.mark("items"),
                "\(fields.what) has no reverse-keyed item; add one (reverse: true) so that agreeing with everything does not decide it.")
            failed = true
        }
        guard let name, let about, !failed, !items.isEmpty else { return nil }
        return Section(id: id, name: name, about: about, items: items, gate: gate)
    }
}

/// The sections of questions.yaml: readiness, the themes, and the optional ladder of steps.
struct QuestionSections {
    var readiness: Section
    var pattern: Section?
    var themes: [Section]
    var steps: Section?
    var soloPartner: SoloPartnerQuestion?

    /// Every section whose items a person answers, in order.
    var all: [Section] { [readiness] + (pattern.map { [$0] } ?? []) + themes + (steps.map { [$0] } ?? []) }

    /// The readiness items the guesses ask about (as `Content.guessItems`).
    var guessItems: [Item] {
        let marked = readiness.items.filter(\.guess)
        return marked.isEmpty ? Array(readiness.items.prefix(Content.maximumGuesses)) : marked
    }
}
