import SamePageCore

/// What must be the same in every language's set of one content folder, so that answers saved in one
/// language are scored with another and the same rules choose the same cards: every id, the scoring and
/// the rules. The words, the support lines and their regions may differ.
public enum SetComparison {
    /// One sentence for each way `other` differs from `base`; empty when they match.
    public static func differences(_ base: Content, _ other: Content) -> [String] {
        var found: [String] = []
        func compare<T: Equatable>(_ what: String, _ a: [T], _ b: [T]) {
            if a != b { found.append("its \(what) are not those of the first set") }
        }
        if base.identity != other.identity {
            found.append("its questions (ids, sections and reverse keys) or its id and version differ from the first set's")
        }
        compare("themes", base.themes.map(\.id), other.themes.map(\.id))
        compare("steps", base.steps?.items.map { [$0.id, $0.alone ? "alone" : ""] } ?? [], other.steps?.items.map { [$0.id, $0.alone ? "alone" : ""] } ?? [])
        compare("check-in items", base.checkIn.items.map { [$0.id, $0.scale.rawValue] }, other.checkIn.items.map { [$0.id, $0.scale.rawValue] })
        compare("thresholds", [base.thresholds], [other.thresholds])
        compare("pairing labels", base.pairings.map { [$0.id, $0.when.rawValue] }, other.pairings.map { [$0.id, $0.when.rawValue] })
        compare("cards (ids, audiences, rules and paces)", base.cards.map(shape), other.cards.map(shape))
        compare("sample couples", base.samples.map { [$0.id] + $0.sheets.map { "\($0.answers.sorted { $0.key < $1.key }.map(\.value.code))" } },
                other.samples.map { [$0.id] + $0.sheets.map { "\($0.answers.sorted { $0.key < $1.key }.map(\.value.code))" } })
        return found
    }

    /// What must match in a card: who it is for, when it is chosen, and the pace of it and its steps.
    private static func shape(_ card: GuidanceCard) -> [String] {
        let rule = card.rule
        return [card.id, card.audience.rawValue, card.pace ?? "", card.pinned ? "pinned" : ""] + rule.pairings
            + [rule.theme ?? "", rule.readiness?.rawValue ?? "", rule.side?.rawValue ?? ""] + rule.stances.map(\.rawValue)
            + card.steps.map { $0.pace ?? "" }
    }
}
