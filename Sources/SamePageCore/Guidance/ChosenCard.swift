/// A guidance card chosen for these results, the people it speaks to, and why it was chosen.
public struct ChosenCard: Sendable, Equatable {
    public var card: GuidanceCard
    /// Indexes of the partners the card speaks to; empty for cards meant for the couple or for everyone.
    public var partners: [Int]
    /// The answers and rules that chose the card, one sentence each.
    public var reasons: [String]

    /// Who the card speaks to, in words: "For both of you", "For Alex and Sam", "For you", "A common question".
    public func audienceLabel(names: [String], words: InterfaceText) -> String {
        let named = partners.map { names[$0] }
        return switch card.audience {
        case .couple: words(.forBoth)
        case .everyone: words(.forCommon)
        case _ where names.count == 1: words(.forYou)
        default: words(.forNames, ["names": named.count == 2 ? words(.listLast, ["first": named[0], "last": named[1]]) : named.joined()])
        }
    }
}

/// Chooses cards by the rules in the content. Pure: the same profiles always give the same cards.
struct CardChooser {
    let content: Content
    let mode: SessionMode
    let profiles: [PartnerProfile]
    let pair: PairComparison?
    let pattern: PatternResults?
    let stance: PartnerStance?
    var words: InterfaceText { content.interface }

    /// The chosen cards, most relevant first: the card for this pairing, then one card for each person
    /// (the readier one, the less ready one, each top worry, the first for each side of the pattern), then
    /// the rest, then the common questions.
    /// So the few shown first speak to both people, never to one of them only.
    func choose() -> [ChosenCard] {
        let ordered = content.cards.enumerated().sorted {
            $0.element.audience != $1.element.audience ? $0.element.audience < $1.element.audience : $0.offset < $1.offset
        }
        var seen: Set<Audience> = []
        var seenSides: Set<PatternSide> = []
        let chosen = ordered.compactMap { choose($0.element) }.map { card -> (Int, ChosenCard) in
            let first = seen.insert(card.card.audience).inserted
            // One card for each side of the pattern comes early; the others for that side wait their turn,
            // so they never push a person's top worry out of the first few.
            let firstOfSide = card.card.rule.side.map { seenSides.insert($0).inserted } ?? true
            let tier = tier(card.card, firstForAudience: first, firstForSide: firstOfSide)
            return (tier, card)
        }
        return chosen.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// The tier a chosen card ranks in, lowest first; within a tier, the order of the file.
    private func tier(_ card: GuidanceCard, firstForAudience: Bool, firstForSide: Bool) -> Int {
        let rule = card.rule
        switch card.audience {
        case .everyone: return 4
        case .readier, .lessReady: return firstForAudience ? 1 : 3
        case _ where !rule.isSpecific: return 3
        case .couple: return 0
        // Alone, what the person said about their partner comes first, then the cards for them alone (the
        // article's moves for a ready person, "not now is a real answer" for a hesitant one).
        case .solo: return rule.stances.isEmpty ? 1 : 0
        // A person's worries come before the cards for their side of the pattern; alone, after the solo cards.
        case .partner where rule.side != nil: return firstForSide ? 2 : 3
        case .partner: return mode == .solo ? 2 : 1
        }
    }

    private func choose(_ card: GuidanceCard) -> ChosenCard? {
        switch card.audience {
        case .couple:
            guard mode == .couple, let pair, let reason = pairingReason(card.rule, pair) else { return nil }
            return ChosenCard(card: card, partners: [], reasons: [reason ?? words(.reasonEveryCouple)])
        case .readier, .lessReady:
            guard mode == .couple, let pair,
                  let person = card.audience == .readier ? pair.readier : pair.lessReady,
                  let reasons = personReasons(card.rule, person)
            else { return nil }
            return ChosenCard(card: card, partners: [person], reasons: [paceReason(card.audience, person, pair)] + reasons)
        case .partner:
            // How therapy comes up between two people guides a couple; alone, the solo cards speak to it.
            if card.rule.side != nil && mode == .solo { return nil }
            let matches = profiles.indices.compactMap { person in
                personReasons(card.rule, person).map { (person, $0) }
            }
            guard !matches.isEmpty else { return nil }
            let reasons = matches.flatMap(\.1)
            return ChosenCard(
                card: card, partners: matches.map(\.0),
                reasons: reasons.isEmpty ? [words(.reasonEach)] : reasons
            )
        case .solo:
            guard mode == .solo, let reasons = personReasons(card.rule, 0) else { return nil }
            return ChosenCard(card: card, partners: [0], reasons: [words(.reasonAlone)] + reasons)
        case .everyone:
            return ChosenCard(card: card, partners: [], reasons: [words(.reasonCommon)])
        }
    }

    /// nil when the rule's pairing does not hold; .some(nil) when the rule names no pairing.
    private func pairingReason(_ rule: CardRule, _ pair: PairComparison) -> String?? {
        guard !rule.pairings.isEmpty else { return .some(nil) }
        guard let label = pair.pairing, rule.pairings.contains(label.id) else { return nil }
        let scores = profiles.map { words(.reasonScore, ["name": $0.name, "score": String($0.readiness.value ?? 0)]) }
        return words(.reasonPairing, [
            "label": label.name, "scores": scores.count == 2 ? words(.listLast, ["first": scores[0], "last": scores[1]]) : scores.joined(),
            "gap": String(pair.gap ?? 0), "rule": label.when.explanation(content.thresholds, words: words),
        ])
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
            let values = ["theme": theme.name, "name": profile.name, "level": String(level), "high": String(limits.themeHigh)]
            reasons.append(mode == .solo ? words(.reasonThemeYours, values) : words(.reasonThemeNamed, values))
        }
        if let band = rule.readiness {
            guard profile.band == band, let score = profile.readiness.value else { return nil }
            let values = ["name": profile.name, "score": String(score), "band": content.words.band(band).name.lowercased(),
                          "range": band.range(limits, words: words)]
            reasons.append(mode == .solo ? words(.reasonBandYours, values) : words(.reasonBandNamed, values))
        }
        if !rule.stances.isEmpty {
            guard mode == .solo, let stance, rule.stances.contains(stance), let question = content.soloPartner else { return nil }
            reasons.append(words(.reasonPartnerStance, ["answer": question.choice(for: stance)]))
        }
        if let side = rule.side {
            guard let pattern, pattern.personSides[person]?.includes(side) == true,
                  let score = pattern.sides[person].score(side).value
            else { return nil }
            let values = ["name": profile.name, "score": String(score), "high": String(limits.sideHigh)]
            let key: InterfaceKey = switch (side, mode) {
            case (.raise, .solo): .reasonSideRaiseYours
            case (.raise, .couple): .reasonSideRaiseNamed
            case (.stepBack, .solo): .reasonSideStepBackYours
            case (.stepBack, .couple): .reasonSideStepBackNamed
            }
            reasons.append(words(key, values))
        }
        return reasons
    }

    private func paceReason(_ audience: Audience, _ person: Int, _ pair: PairComparison) -> String {
        let own = profiles[person].readiness.value ?? 0
        let other = profiles[1 - person].readiness.value ?? 0
        let limits = content.thresholds
        return words(audience == .readier ? .reasonReadier : .reasonLessReady, [
            "name": profiles[person].name, "own": String(own), "other": String(other), "gap": String(pair.gap ?? 0),
            "wide": String(limits.wideGap), "middle": String(limits.middle),
        ])
    }
}
