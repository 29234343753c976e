/// A guidance card chosen for these results, the people it speaks to, and why it was chosen.
public struct ChosenCard: Sendable, Equatable {
    public var card: GuidanceCard
    /// Indexes of the partners the card speaks to; empty for cards meant for the couple or for everyone.
    public var partners: [Int]
    /// The answers and rules that chose the card, one sentence each.
    public var reasons: [String]
    /// The card's steps at the couple's pace (`StepLadder.allows`), in the card's order.
    public var steps: [String]

    public init(card: GuidanceCard, partners: [Int], reasons: [String]) {
        self.card = card
        self.partners = partners
        self.reasons = reasons
        steps = card.steps.map(\.text)
    }

    /// Who the card speaks to, in words: "For both of you", "For Alex and Sam", "For you", "A common question".
    public func audienceLabel(names: [String], words: InterfaceText) -> String {
        let named = partners.map { names[$0] }
        return switch card.audience {
        case .couple: words(.cardsForBoth)
        case .everyone: words(.cardsCommon)
        case _ where names.count == 1: words(.cardsForYou)
        default: words(.cardsForNames, ["names": ListWords.joined(named, words: words)])
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
    let ladder: StepLadder
    var words: InterfaceText { content.interface }

    /// The chosen cards, most relevant first (content/README.md, "How cards are ranked", says the same):
    /// 1. a couple: the first card for their pairing; alone: the cards for what they said about their
    ///    partner, then the first card for their readiness;
    /// 2. each person's top worry card: the card of their highest-scored worry (ties in file order), the
    ///    two in order of those scores (ties in file order);
    /// 3. the pinned cards;
    /// then the rest by tier (`tier`), worry cards by the score of the worry, and otherwise in file order.
    /// So the first few speak to each person, and neither person's top worry waits under "more".
    func choose() -> [ChosenCard] {
        let matched = content.cards.compactMap { choose($0).flatMap(paced) }
        var front: [Int] = []
        func take(_ index: Int?) {
            if let index, !front.contains(index) { front.append(index) }
        }
        if mode == .couple {
            take(matched.firstIndex { $0.card.audience == .couple && !$0.card.rule.pairings.isEmpty })
        } else {
            for index in matched.indices where !matched[index].card.rule.stances.isEmpty { take(index) }
            take(matched.firstIndex { $0.card.audience == .solo && $0.card.rule.readiness != nil })
        }
        // Each person's top worry card, the higher score first (ties: file order), so the order never
        // depends on who answered first.
        let tops = profiles.indices.compactMap { topWorryCard(of: $0, in: matched) }
        for top in tops.sorted(by: { ($0.score, -$0.index) > ($1.score, -$1.index) }) { take(top.index) }
        for index in matched.indices where matched[index].card.pinned { take(index) }
        let tiers = tiers(matched)
        let rest = matched.indices.filter { !front.contains($0) }.sorted { a, b in
            let keyA = (tiers[a], worryWeight(matched[a]).map { 1000 - $0 } ?? 0, a)
            let keyB = (tiers[b], worryWeight(matched[b]).map { 1000 - $0 } ?? 0, b)
            return keyA < keyB
        }
        return (front + rest).map { matched[$0] }
    }

    /// The steps a card keeps at the couple's pace; nil when none is left, so the card is not shown.
    private func paced(_ chosen: ChosenCard) -> ChosenCard? {
        var chosen = chosen
        if let pace = chosen.card.pace, !ladder.allows(pace, people: chosen.partners) { return nil }
        let kept = chosen.card.steps.filter { step in step.pace.map { ladder.allows($0, people: chosen.partners) } ?? true }
        guard !kept.isEmpty else { return nil }
        if kept.count < chosen.card.steps.count {
            chosen.reasons.append(words(mode == .solo ? .whyPaceYours : .whyPaceBoth, ["next": ladder.paceLimit ?? ""]))
        }
        chosen.steps = kept.map(\.text)
        return chosen
    }

    /// The card of a person's highest-scored worry among the chosen ones (ties in file order).
    private func topWorryCard(of person: Int, in matched: [ChosenCard]) -> (index: Int, score: Int)? {
        let worries = matched.indices.compactMap { index -> (index: Int, score: Int)? in
            guard matched[index].partners.contains(person), let theme = matched[index].card.rule.theme,
                let score = profiles[person].score(forTheme: theme)?.value
            else { return nil }
            return (index, score)
        }
        return worries.min { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    }

    /// For a worry card, the highest score of its worry among the people it speaks to.
    private func worryWeight(_ chosen: ChosenCard) -> Int? {
        guard let theme = chosen.card.rule.theme else { return nil }
        return chosen.partners.compactMap { profiles[$0].score(forTheme: theme)?.value }.max()
    }

    /// Each card's tier, lowest first: one card for each audience and each side of the pattern comes early;
    /// the others for it wait their turn.
    private func tiers(_ matched: [ChosenCard]) -> [Int] {
        var seen: Set<Audience> = []
        var seenSides: Set<PatternSide> = []
        var tiers = Array(repeating: 0, count: matched.count)
        let byAudience = matched.indices.sorted { (matched[$0].card.audience, $0) < (matched[$1].card.audience, $1) }
        for index in byAudience {
            let card = matched[index].card
            let first = seen.insert(card.audience).inserted
            let firstOfSide = card.rule.side.map { seenSides.insert($0).inserted } ?? true
            tiers[index] = tier(card, firstForAudience: first, firstForSide: firstOfSide)
        }
        return tiers
    }

    /// The tier a chosen card ranks in after the first few.
    private func tier(_ card: GuidanceCard, firstForAudience: Bool, firstForSide: Bool) -> Int {
        let rule = card.rule
        switch card.audience {
        case .everyone: return 4
        case .readier, .lessReady: return firstForAudience ? 1 : 3
        // The pairing's first card is already first; its others wait with the rest.
        case .couple: return 3
        // Alone: the other cards for their readiness, then the rest.
        case .solo: return rule.isSpecific ? 1 : 3
        // A person's worries come before the cards for their side of the pattern; alone, after the solo cards.
        case .partner where !rule.isSpecific: return 3
        case .partner where rule.side != nil: return firstForSide ? 2 : 3
        case .partner: return mode == .solo ? 2 : 1
        }
    }

    private func choose(_ card: GuidanceCard) -> ChosenCard? {
        switch card.audience {
        case .couple:
            guard mode == .couple, let pair else { return nil }
            guard !card.rule.pairings.isEmpty else { return ChosenCard(card: card, partners: [], reasons: [words(.whyEveryCouple)]) }
            guard let reason = pairingReason(card.rule, pair) else { return nil }
            return ChosenCard(card: card, partners: [], reasons: [reason])
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
                reasons: reasons.isEmpty ? [words(.whyEachOfYou)] : reasons
            )
        case .solo:
            guard mode == .solo, let reasons = personReasons(card.rule, 0) else { return nil }
            return ChosenCard(card: card, partners: [0], reasons: [words(.whyAlone)] + reasons)
        case .everyone:
            return ChosenCard(card: card, partners: [], reasons: [words(.whyCommon)])
        }
    }

    /// Why the rule's pairing holds, or nil when it does not.
    private func pairingReason(_ rule: CardRule, _ pair: PairComparison) -> String? {
        guard let label = pair.pairing, rule.pairings.contains(label.id) else { return nil }
        let scores = profiles.map { words(.whyScore, ["name": $0.name, "score": String($0.readiness.value ?? 0)]) }
        return words(
            .whyPairing,
            [
                "label": label.name, "scores": ListWords.joined(scores, words: words),
                "gap": String(pair.gap ?? 0),
                "rule": label.when.explanation(
                    content.thresholds,
                    earlier: content.pairings.prefix { $0.id != label.id }
                        .map { words(.whyQuoted, ["text": $0.name]) }, words: words),
            ])
    }

    /// The reasons a person-level rule holds for this person, or nil when it does not.
    private func personReasons(_ rule: CardRule, _ person: Int) -> [String]? {
        let profile = profiles[person]
        let limits = content.thresholds
        var reasons: [String] = []
        if !rule.pairings.isEmpty {
            guard let pair, let reason = pairingReason(rule, pair) else { return nil }
            reasons.append(reason)
        }
        if let themeID = rule.theme {
            guard profile.topThemes.contains(themeID),
                let level = profile.score(forTheme: themeID)?.value,
                let theme = content.theme(themeID)
            else { return nil }
            let values = ["theme": theme.name, "name": profile.name, "level": String(level), "high": String(limits.themeHigh)]
            reasons.append(mode == .solo ? words(.whyThemeYours, values) : words(.whyThemeNamed, values))
        }
        if let band = rule.readiness {
            guard profile.band == band, let score = profile.readiness.value else { return nil }
            let values = [
                "name": profile.name, "score": String(score), "band": words.inSentence(content.words.band(band).name),
                "range": band.range(limits, words: words),
            ]
            reasons.append(mode == .solo ? words(.whyBandYours, values) : words(.whyBandNamed, values))
        }
        if !rule.stances.isEmpty {
            guard mode == .solo, let stance, rule.stances.contains(stance), let question = content.soloPartner else { return nil }
            reasons.append(words(.whyPartnerStance, ["answer": question.choice(for: stance)]))
        }
        if let side = rule.side {
            guard let pattern, pattern.personSides[person]?.includes(side) == true,
                let score = pattern.sides[person].score(side).value
            else { return nil }
            let values = ["name": profile.name, "score": String(score), "high": String(limits.sideHigh)]
            let key: InterfaceKey =
                switch (side, mode) {
                case (.raise, .solo): .whySideRaiseYours
                case (.raise, .couple): .whySideRaiseNamed
                case (.stepBack, .solo): .whySideStepBackYours
                case (.stepBack, .couple): .whySideStepBackNamed
                }
            reasons.append(words(key, values))
        }
        return reasons
    }

    private func paceReason(_ audience: Audience, _ person: Int, _ pair: PairComparison) -> String {
        let own = profiles[person].readiness.value ?? 0
        let other = profiles[1 - person].readiness.value ?? 0
        let limits = content.thresholds
        return words(
            audience == .readier ? .whyReadier : .whyLessReady,
            [
                "name": profiles[person].name, "own": String(own), "other": String(other), "gap": String(pair.gap ?? 0),
                "wide": String(limits.wideGap), "middle": String(limits.middle),
            ])
    }
}
