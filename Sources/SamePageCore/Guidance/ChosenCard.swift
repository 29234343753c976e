/// A guidance card chosen for these results, the people it speaks to, and why it was chosen.
public struct ChosenCard: Sendable, Equatable {
    public var card: GuidanceCard
    /// Indexes of the partners the card speaks to; empty for cards meant for the couple or for everyone.
    public var partners: [Int]
    /// The answers and rules that chose the card, one sentence each.
    public var reasons: [String]

    /// Who the card speaks to, in words: "For both of you", "For Alex and Sam", "A common question".
    public func audienceLabel(names: [String]) -> String {
        switch card.audience {
        case .couple: "For both of you"
        case .everyone: "A common question"
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

    func choose() -> [ChosenCard] {
        let ordered = content.cards.enumerated().sorted {
            $0.element.audience != $1.element.audience ? $0.element.audience < $1.element.audience : $0.offset < $1.offset
        }
        return ordered.compactMap { choose($0.element) }
    }

    private func choose(_ card: GuidanceCard) -> ChosenCard? {
        switch card.audience {
        case .couple:
            guard mode == .couple, let pair, let reason = pairingReason(card.rule, pair) else { return nil }
            return ChosenCard(card: card, partners: [], reasons: [reason ?? "Shown to every couple."])
        case .leaningIn, .leaningOut:
            guard mode == .couple, let pair,
                  let person = card.audience == .leaningIn ? pair.leaningIn : pair.leaningOut,
                  let reasons = personReasons(card.rule, person)
            else { return nil }
            return ChosenCard(card: card, partners: [person], reasons: [leanReason(card.audience, person, pair)] + reasons)
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
            return ChosenCard(card: card, partners: [0], reasons: ["\(profiles[0].name) is taking it alone."] + reasons)
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
                "\(theme.name) is one of \(profile.name)'s top hesitations (level \(level); \(limits.themeHigh) or more counts)."
            )
        }
        if let band = rule.readiness {
            guard profile.band == band, let score = profile.readiness.value else { return nil }
            reasons.append("\(profile.name)'s readiness is \(score), which reads as \(band.words) (\(band.range(limits))).")
        }
        return reasons
    }

    private func leanReason(_ audience: Audience, _ person: Int, _ pair: PairComparison) -> String {
        let own = profiles[person].readiness.value ?? 0
        let other = profiles[1 - person].readiness.value ?? 0
        let verb = audience == .leaningIn ? "leans in" : "leans out"
        return "\(profiles[person].name) \(verb): readiness \(own) against \(other), "
            + "a gap of \(pair.gap ?? 0) (\(content.thresholds.leanGap) or more)."
    }
}

extension ReadinessBand {
    func range(_ limits: Thresholds) -> String {
        switch self {
        case .ready: "\(limits.ready) or more"
        case .unsure: "\(limits.unsure) or less"
        case .between: "\(limits.unsure + 1) to \(limits.ready - 1)"
        }
    }

    var words: String { self == .between ? "in between" : rawValue }
}
