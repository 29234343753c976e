import SamePageCore

/// What must be the same in every language's set of one content folder, so that answers saved in one
/// language are scored with another and the same rules choose the same cards: every id, the scoring and
/// the rules. The words, the support lines and their regions may differ.
public enum SetComparison {
    /// One sentence for each way `other` differs from `base`, naming the ids and the file; empty when they
    /// match. `line` finds where an id is written (in the first set for one that is missing, in `other` for
    /// the rest), so each id can be given with its line.
    public static func differences(
        _ base: Content, _ other: Content,
        line: (_ file: String, _ id: String, _ inFirst: Bool) -> Int? = { _, _, _ in nil }
    ) -> [String] {
        var found: [String] = []
        /// Rows keyed by their first field (an id): which are missing, extra, or not the same.
        func compare(_ what: String, _ file: String, _ a: [[String]], _ b: [[String]]) {
            guard a != b else { return }
            let keysA = a.map { $0.first ?? "" }, keysB = b.map { $0.first ?? "" }
            var parts: [String] = []
            let missing = keysA.filter { !keysB.contains($0) }, extra = keysB.filter { !keysA.contains($0) }
            let changed = a.filter { row in b.contains { $0.first == row.first && $0 != row } }.map { $0.first ?? "" }
            func quoted(_ ids: [String], inFirst: Bool = false) -> String {
                ids.map { id in "'\(id)'" + (line(file, id, inFirst).map { " (line \($0))" } ?? "") }.joined(separator: ", ")
            }
            if !missing.isEmpty { parts.append("missing " + quoted(missing, inFirst: true)) }
            if !extra.isEmpty { parts.append("not in the first set " + quoted(extra)) }
            if !changed.isEmpty { parts.append("set otherwise " + quoted(changed)) }
            if parts.isEmpty { parts.append("in another order") }
            found.append("its \(what) (\(file)) are not those of the first set: \(parts.joined(separator: "; "))")
        }
        if base.identity != other.identity {
            found.append(
                "its questions (ids, sections and reverse keys) or its id and version differ from the first set's (questions.yaml, meta.yaml)"
            )
        }
        compare("themes", "questions.yaml", base.themes.map { [$0.id] }, other.themes.map { [$0.id] })
        compare(
            "steps", "questions.yaml", base.steps?.items.map { [$0.id, $0.alone ? "alone" : ""] } ?? [],
            other.steps?.items.map { [$0.id, $0.alone ? "alone" : ""] } ?? [])
        compare(
            "check-in items", "checkin.yaml", base.checkIn.items.map { [$0.id, $0.scale.rawValue] },
            other.checkIn.items.map { [$0.id, $0.scale.rawValue] })
        if base.thresholds != other.thresholds { found.append("its thresholds (pairing.yaml) are not those of the first set") }
        compare(
            "pairing labels", "pairing.yaml", base.pairings.map { [$0.id, $0.when.rawValue] },
            other.pairings.map { [$0.id, $0.when.rawValue] })
        compare("cards (ids, audiences, rules and paces)", "cards.yaml", base.cards.map(shape), other.cards.map(shape))
        compare("sample couples", "samples.yaml", base.samples.map(sample), other.samples.map(sample))
        return found
    }

    private static func sample(_ couple: SampleCouple) -> [String] {
        [couple.id] + couple.sheets.map { "\($0.answers.sorted { $0.key < $1.key }.map(\.value.code))" }
    }

    /// What must match in a card: who it is for, when it is chosen, and the pace of it and its steps.
    private static func shape(_ card: GuidanceCard) -> [String] {
        let rule = card.rule
        return [card.id, card.audience.rawValue, card.pace ?? "", card.pinned ? "pinned" : ""] + rule.pairings
            + [rule.theme ?? "", rule.readiness?.rawValue ?? "", rule.side?.rawValue ?? ""] + rule.stances.map(\.rawValue)
            + card.steps.map { $0.pace ?? "" }
    }
}
