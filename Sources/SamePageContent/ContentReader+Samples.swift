import SamePageCore

extension ContentReader {
    /// The demo's couples: each with two partners and a level per section. No file means no samples.
    func readSamples(_ file: Fields?, sections: QuestionSections?) -> [SampleCouple]? {
        guard let file else { return [] }
        // Levels are checked against the sections of questions.yaml; without them there is nothing to check.
        guard let sections else { return nil }
        let all = sections.all
        var couples: [SampleCouple] = []
        var failed = false
        for node in file.list("couples") ?? [] {
            guard
                var fields = Fields(
                    node, file: file.file, what: "a sample couple", allowed: ["id", "title", "about", "partners"],
                    diagnostics: diagnostics),
                let id = self.id(fields)
            else { failed = true; continue }
            fields.what = "the sample couple '\(id)'"
            let title = fields.text("title"), about = fields.text("about")
            let partners = fields.list("partners") ?? []
            if partners.count != 2 {
                diagnostics.report(fields.file, fields.mark("partners"), "\(fields.what) needs exactly two partners.")
                failed = true
                continue
            }
            let read = partners.compactMap { readSamplePartner($0, in: fields, sections: all, guessItems: sections.guessItems) }
            guard let title, let about, read.count == 2 else { failed = true; continue }
            couples.append(SampleCouple(id: id, title: title, about: about, sheets: read.map(\.sheet), guesses: read.map(\.guesses)))
        }
        return failed ? nil : couples
    }

    private func readSamplePartner(
        _ node: YAMLNode, in couple: Fields, sections: [Section], guessItems: [Item]
    )
        -> (sheet: AnswerSheet, guesses: [String: Answer])?
    {
        guard
            let partner = Fields(
                node, file: couple.file, what: "a partner of \(couple.what)", allowed: ["name", "levels", "answers", "guess"],
                diagnostics: diagnostics),
            let name = partner.text("name"),
            let levels = partner.fields("levels", what: "the levels of \(name)", allowed: sections.map(\.id))
        else { return nil }
        var values: [String: Int] = [:]
        for section in sections {
            guard levels.value(section.id) != nil else {
                diagnostics.report(levels.file, levels.node.mark, "\(levels.what) need a level for '\(section.id)'.")
                return nil
            }
            // How therapy comes up takes four levels: each side, as the person sees themselves and their partner.
            if section.items.contains(where: { $0.pattern != nil }) {
                let names = SampleCouple.patternLevels()
                guard let pattern = levels.fields(section.id, what: "the levels of \(name) for '\(section.id)'", allowed: names) else {
                    return nil
                }
                for key in names {
                    guard let level = pattern.number(key, in: 0...5) else { return nil }
                    values[section.id + "." + key] = level
                }
                continue
            }
            guard let level = levels.number(section.id, in: 0...5) else { return nil }
            values[section.id] = level
        }
        // Single items answered otherwise than their section's level.
        var overrides: [String: Int] = [:]
        if partner.value("answers") != nil {
            let known = Set(sections.flatMap(\.items).map(\.id))
            let given = partner.value("answers")?.mapping?.compactMap(\.key.string) ?? []
            guard let answers = partner.fields("answers", what: "the answers of \(name)", allowed: given) else { return nil }
            for pair in answers.pairs {
                guard known.contains(pair.key) else {
                    diagnostics.report(
                        answers.file, pair.keyMark, "'\(pair.key)' in \(answers.what) is not the id of a question in questions.yaml.")
                    return nil
                }
                guard let level = answers.number(pair.key, in: 0...5) else { return nil }
                overrides[pair.key] = level
            }
        }
        // The level this partner guesses the other's readiness at, as the optional round would record it.
        var guesses: [String: Answer] = [:]
        if partner.value("guess") != nil {
            guard let level = partner.number("guess", in: 0...5) else { return nil }
            guesses = SampleCouple.guesses(level: level, items: guessItems)
        }
        let shown = Names.clean(name, default: "")
        guard !shown.isEmpty else {
            diagnostics.report(
                couple.file, partner.mark("name"), "the name of \(couple.what)'s partner has nothing to show; write a first name.")
            return nil
        }
        let sheet = SampleCouple.sheet(name: shown, levels: values, answers: overrides, sections: sections)
        return (sheet, guesses)
    }
}
