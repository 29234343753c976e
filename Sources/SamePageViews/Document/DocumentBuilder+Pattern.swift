import SamePageCore

/// How therapy comes up, in neutral words: the loop both are in, each person's part, and each one's view.
extension DocumentBuilder {
    /// "Jordan tends to bring it up": a person's side from everything said about them.
    func part(_ side: PersonSide?, name: String, scores: SideScores) -> String {
        guard let side else {
            return words(.cycleNamed, ["name": name, "phrase": words(Self.keptPrivate([scores]) ? .cycleKeptPrivate : .cycleTooFew)])
        }
        return words(.cycleNamed, ["name": name, "phrase": phrase(side)])
    }

    /// Whether the missing scores are missing because the person chose "prefer not to say".
    static func keptPrivate(_ scores: [SideScores]) -> Bool {
        scores.contains { [$0.raise, $0.stepBack].contains { $0.missing == .keptPrivate } }
    }

    func phrase(_ side: PersonSide) -> String {
        switch side {
        case .raises: words(.cycleRaises)
        case .stepsBack: words(.cycleStepsBack)
        case .both: words(.cycleBoth)
        case .neither: words(.cycleNeither)
        }
    }

    /// The one or two lines of the summary.
    func patternSummary() -> [String] {
        guard let pattern = results.pattern else { return [] }
        if solo {
            let view = pattern.views[0]
            let parts = soloParts(view)
            guard !parts.isEmpty else { return [ownMissing(view.own)] }
            return [
                parts.count == 2
                    ? words(.summaryPatternSolo, ["first": parts[0], "second": parts[1]])
                    : words(.summaryPatternSoloOne, ["first": parts[0]])
            ]
        }
        let parts = names.indices.map { part(pattern.personSides[$0], name: names[$0], scores: pattern.sides[$0]) }
        return [words(.summaryPatternCouple, ["first": parts[0], "second": parts[1]])]
    }

    /// Alone: "you tend to …", "your partner tends to …", for the sides known from the person's answers.
    private func soloParts(_ view: PatternView) -> [String] {
        var parts: [String] = []
        if let own = view.ownSide { parts.append(youPhrase(own)) }
        if let other = view.partnerSide { parts.append(words(.cycleNamed, ["name": words(.cycleYourPartner), "phrase": phrase(other)])) }
        return parts
    }

    private func youPhrase(_ side: PersonSide) -> String {
        switch side {
        case .raises: words(.cycleYouRaise)
        case .stepsBack: words(.cycleYouStepBack)
        case .both: words(.cycleYouBoth)
        case .neither: words(.cycleYouNeither)
        }
    }

    /// "You kept these answers private." or "You gave too few answers to tell."
    private func ownMissing(_ own: SideScores) -> String {
        words(Self.keptPrivate([own]) ? .cycleYouKeptPrivate : .cycleYouTooFew)
    }

    /// The section: the loop in neutral words, each person's part with its numbers, and each one's view.
    func pattern() -> [Block] {
        guard let pattern = results.pattern else { return [] }
        var blocks: [Block] = [.heading(words(solo ? .resultsPatternHeadingSolo : .resultsPatternHeadingCouple))]
        if solo {
            blocks.append(.text(soloLoop(pattern.views[0]), .plain))
            let view = pattern.views[0]
            if let values = numbers(view.own), let partner = numbers(view.partner) {
                blocks.append(
                    .text(
                        words(
                            .cycleSoloScores,
                            [
                                "raise": values.raise, "step_back": values.stepBack,
                                "partner_raise": partner.raise, "partner_step_back": partner.stepBack,
                            ]), .note))
            }
            return blocks
        }
        blocks.append(.text(loop(pattern), .plain))
        blocks.append(.heading(words(.cyclePartsHeading)))
        for person in names.indices {
            let described = part(pattern.personSides[person], name: names[person], scores: pattern.sides[person])
            let line =
                numbers(pattern.sides[person]).map {
                    words(.cyclePartScores, ["part": described, "raise": $0.raise, "step_back": $0.stepBack])
                } ?? words(.cyclePartAlone, ["part": described])
            blocks.append(.text(line, .person(person)))
        }
        blocks.append(.heading(words(.cycleViewsHeading)))
        for person in names.indices {
            let view = pattern.views[person]
            // By ear, a view that names both parts as "Each one's part" just did is said in a few words.
            let same =
                heard && view.ownSide != nil && view.ownSide == pattern.personSides[person]
                && view.partnerSide != nil && view.partnerSide == pattern.personSides[1 - person]
            blocks.append(.text(same ? words(.plainViewSame, ["name": names[person]]) : self.view(view, of: person), .person(person)))
        }
        // A view's raiser counts from the one who holds it (0 is them), so the second view's is turned round.
        let views = pattern.views
        let samePattern = views[0].pattern == views[1].pattern && views[0].raiser == views[1].raiser.map { 1 - $0 }
        if views.allSatisfy({ $0.pattern != nil }), !samePattern {
            blocks.append(.text(words(.cycleViewsDiffer), .note))
        }
        return blocks
    }

    private func numbers(_ scores: SideScores) -> (raise: String, stepBack: String)? {
        guard let raise = scores.raise.value, let stepBack = scores.stepBack.value else { return nil }
        return (String(raise), String(stepBack))
    }

    /// The loop both are in, named for each side.
    private func loop(_ pattern: PatternResults) -> String {
        switch pattern.pattern {
        case .raiseAndStepBack?:
            let raiser = pattern.raiser ?? 0
            return words(.cycleRaiseAndStepBack, ["raiser": names[raiser], "other": names[1 - raiser]])
        case .bothStepBack?: return words(.cycleBothStepBack)
        case .bothRaise?: return words(.cycleBothRaise)
        case .noClearPattern?: return words(.cycleNoClear)
        case nil: return words(.cycleUnknown)
        }
    }

    private func soloLoop(_ view: PatternView) -> String {
        switch view.pattern {
        case .raiseAndStepBack?: words(view.raiser == 0 ? .cycleSoloYouRaise : .cycleSoloPartnerRaises)
        case .bothStepBack?: words(.cycleSoloBothStepBack)
        case .bothRaise?: words(.cycleSoloBothRaise)
        case .noClearPattern?: words(.cycleNoClear)
        case nil: words(.cycleUnknown)
        }
    }

    /// "As Jordan sees it: Jordan tends to bring it up; Riley tends to step back."
    private func view(_ view: PatternView, of person: Int) -> String {
        var parts: [String] = []
        if let own = view.ownSide { parts.append(words(.cycleNamed, ["name": names[person], "phrase": phrase(own)])) }
        if let other = view.partnerSide { parts.append(words(.cycleNamed, ["name": names[1 - person], "phrase": phrase(other)])) }
        switch parts.count {
        case 2: return words(.cycleView, ["name": names[person], "first": parts[0], "second": parts[1]])
        case 1: return words(.cycleViewOne, ["name": names[person], "first": parts[0]])
        default:
            let phrase = words(Self.keptPrivate([view.own, view.partner]) ? .cycleKeptPrivate : .cycleTooFew)
            return words(.cyclePartAlone, ["part": words(.cycleNamed, ["name": names[person], "phrase": phrase])])
        }
    }
}
