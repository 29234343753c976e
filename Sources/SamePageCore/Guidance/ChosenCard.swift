/// A guidance card chosen for these results, the people it speaks to, and why it was chosen.
public struct ChosenCard: Sendable, Equatable {
    public var card: GuidanceCard
    /// Indexes of the partners the card speaks to; empty for cards meant for the couple or for everyone.
    public var partners: [Int]
    /// The answers and rules that chose the card, one sentence each.
    public var reasons: [String]

    /// Who the card speaks to, in words: "For both of you", "For Alex and Sam", "For you", "A common question".
    public func audienceLabel(names: [String]) -> String {
        switch card.audience {
        case .couple: "For both of you"
        case .everyone: "A common question"
        case _ where names.count == 1: "For you"
        default: "For " + partners.map { names[$0] }.joined(separator: " and ")
        }
    }
}

/// Chooses cards by the rules in the content. Pure: the same profiles always give the same cards.
struct CardChooser {
    let content: Content
    let mode: SessionMode
    let profiles: [PartnerProfile]
    let pair: PairComparison?

    /// The chosen cards, most relevant first: the card for this pairing, then one card for each person
    /// (the readier one, the less ready one, each top worry), then the rest, then the common questions.
    /// So the few shown first speak to both people, never to one of them only.
    func choose() -> [ChosenCard] {
        let ordered = content.cards.enumerated().sorted {
            $0.element.audience != $1.element.audience ? $0.element.audience < $1.element.audience : $0.offset < $1.offset
        }
        var seen: Set<Audience> = []
        let chosen = ordered.compactMap { choose($0.element) }.map { card -> (Int, ChosenCard) in
            let first = seen.insert(card.card.audience).inserted
            let specific = !card.card.rule.pairings.isEmpty || card.card.rule.theme != nil || card.card.rule.readiness != nil
            let tier = switch card.card.audience {
            case .couple: specific ? 0 : 2
            case .readier, .lessReady: first ? 1 : 2
            case .partner, .solo: specific ? 1 : 2
            case .everyone: 3
            }
            return (tier, card)
        }
        return chosen.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    private func choose(_ card: GuidanceCard) -> ChosenCard? {
        switch card.audience {
        case .couple:
            guard mode == .couple, let pair, let reason = pairingReason(card.rule, pair) else { return nil }
            return ChosenCard(card: card, partners: [], reasons: [reason ?? "Shown to every couple."])
        case .readier, .lessReady:
            guard mode == .couple, let pair,
                  let person = card.audience == .readier ? pair.readier : pair.lessReady,
                  let reasons = personReasons(card.rule, person)
            else { return nil }
            return ChosenCard(card: card, partners: [person], reasons: [paceReason(card.audience, person, pair)] + reasons)
        case .partner:
            let matches = profiles.indices.compactMap { person in
                personReasons(card.rule, person).map { (person, $0) }
            }
            guard !matches.isEmpty else { return nil }
            let reasons = matches.flatMap(\.1)
            return ChosenCard(
                card: card, partners: matches.map(\.0),
                reasons: reasons.isEmpty ? ["Shown to each of you."] : reasons
            )
        case .solo:
            guard mode == .solo, let reasons = personReasons(card.rule, 0) else { return nil }
            return ChosenCard(card: card, partners: [0], reasons: ["Taken alone."] + reasons)
        case .everyone:
            return ChosenCard(card: card, partners: [], reasons: ["A common question, shown to everyone."])
        }
    }

    /// nil when the rule's pairing does not hold; .some(nil) when the rule names no pairing.
    private func pairingReason(_ rule: CardRule, _ pair: PairComparison) -> String?? {
        guard !rule.pairings.isEmpty else { return .some(nil) }
        guard let label = pair.pairing, rule.pairings.contains(label.id) else { return nil }
        let scores = profiles.map { "\($0.name) \($0.readiness.value ?? 0)" }.joined(separator: " and ")
        return "The pairing is \(label.name): readiness \(scores), \(pair.gap ?? 0) apart; "
            + "\(label.when.explanation(content.thresholds))."
    }

    /// The reasons a person-level rule holds for this person, or nil when it does not.
    private func personReasons(_ rule: CardRule, _ person: Int) -> [String]? {
        let profile = profiles[person]
        let limits = content.thresholds
        var reasons: [String] = []
        if !rule.pairings.isEmpty {
            guard let pair, let reason = pairingReason(rule, pair) else { return nil }
            reasons.append(reason ?? "")
        }
        if let themeID = rule.theme {
            guard profile.topThemes.contains(themeID),
                  let level = profile.score(forTheme: themeID)?.value,
                  let theme = content.theme(themeID)
            else { return nil }
            reasons.append(
                "\(theme.name) is one of \(whose(person)) top worries (level \(level); \(limits.themeHigh) or more counts)."
            )
        }
        if let band = rule.readiness {
            guard profile.band == band, let score = profile.readiness.value else { return nil }
            let name = content.words.band(band).name.lowercased()
            reasons.append("\(whose(person).capitalizedFirst) readiness is \(score), which reads as \(name) (\(band.range(limits))).")
        }
        return reasons
    }

    /// "Sam's", or "your" when one person takes it alone.
    private func whose(_ person: Int) -> String { mode == .solo ? "your" : "\(profiles[person].name)'s" }

    private func paceReason(_ audience: Audience, _ person: Int, _ pair: PairComparison) -> String {
        let own = profiles[person].readiness.value ?? 0
        let other = profiles[1 - person].readiness.value ?? 0
        let feels = audience == .readier ? "feels readier about therapy right now" : "feels less ready about therapy right now"
        let limits = content.thresholds
        return "\(profiles[person].name) \(feels): readiness \(own) against \(other), a gap of \(pair.gap ?? 0) "
            + "(\(limits.wideGap) or more, with the lower score below \(limits.middle))."
    }
}

extension String {
    /// With its first letter in capitals: "your" becomes "Your"; "Sam's" stays.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
