import SamePageCore

/// Writes each section of the results document from `Results` and the content's words.
struct DocumentBuilder {
    typealias Block = ResultsDocument.Block

    let results: Results
    let content: Content
    let allCards: Bool
    /// Read aloud: the summary leaves out what the next sections say again (see `ResultsDocument.init`).
    var heard = false
    var words: InterfaceText { content.interface }
    var names: [String] { results.partners.map(\.name) }
    var solo: Bool { results.mode == .solo }

    func blocks(_ section: ResultsSection, sample: SampleCouple?) -> [Block] {
        switch section {
        case .summary: summary(sample: sample)
        case .readiness: readiness()
        case .pattern: pattern()
        case .worries: worries()
        case .nextSteps: steps()
        case .support: [.support]
        }
    }

    /// What a person chose where a score has no number.
    func missing(_ score: ScaleScore) -> String {
        switch score.missing {
        case .keptPrivate?: words(.resultsKeptPrivate)
        case .notApplicable?: words(.resultsNotApplicable)
        case .tooFew?, nil: content.texts.notEnough
        }
    }

    /// The summary: the intro and the pairing's sentence, each person in words (no numbers), how therapy
    /// comes up, what each person weighs, and the one safety line that is the same for everyone.
    func summary(sample: SampleCouple?) -> [Block] {
        var blocks: [Block] = []
        if let sample {
            blocks.append(.text(words(.resultsSampleCouple, ["title": sample.title]), .lead))
            blocks.append(.text(sample.about, .note))
        }
        blocks.append(.text(solo ? content.texts.soloResultsIntro : content.texts.resultsIntro, .plain))
        if let label = results.pair?.pairing { blocks.append(.text(label.summary, .plain)) }
        if !heard { blocks += overview() }
        let support = ResultsSection.support
        blocks.append(
            .text(
                words(solo ? .resultsSafetySolo : .resultsSafetyCouple, ["support": "\(support.rawValue) \(support.title(words))"]), .accent
            ))
        return blocks
    }

    /// The summary's short form of the sections that follow: each person in words, the gap, how therapy
    /// comes up and who weighs which worry.
    func overview() -> [Block] {
        var blocks: [Block] = []
        for (index, profile) in results.partners.enumerated() {
            let band = profile.band.map { content.words.band($0).name } ?? missing(profile.readiness)
            blocks.append(.text(words(.resultsPersonWords, ["name": profile.name, "words": band]), .person(index)))
        }
        if let size = results.pair?.gapSize { blocks.append(.text(words(.summaryGapLine, ["words": content.words.gap(size)]), .plain)) }
        if solo, let band = results.partners[0].band { blocks.append(.text(content.words.band(band).summary, .plain)) }
        blocks += patternSummary().map { .text($0, .plain) }
        blocks += weighs().map { .text($0, .plain) }
        return blocks
    }

    /// "Both of you weigh: …", "Riley weighs: …": every worry someone weighs, said once, of whoever weighs it.
    func weighs() -> [String] {
        if solo {
            let high = content.thresholds.themeHigh
            let weighed = results.partners[0].themes.filter { ($0.score.value ?? 0) >= high }.map(\.name)
            if !weighed.isEmpty { return [words(.summaryWeighsYou, ["list": ListWords.joined(weighed, words: words)])] }
            let allScored = results.partners[0].themes.allSatisfy { $0.score.value != nil }
            return allScored ? [words(.summaryWeighsNoneSolo)] : []
        }
        guard let pair = results.pair else { return [] }
        var both: [String] = []
        var each: [[String]] = [[], []]
        for (theme, direction) in zip(content.themes, pair.themes) {
            switch direction.weight {
            case .both?: both.append(theme.name)
            case .one(let person)?: each[person].append(theme.name)
            default: break
            }
        }
        var lines: [String] = []
        if !both.isEmpty { lines.append(words(.summaryWeighsBoth, ["list": ListWords.joined(both, words: words)])) }
        for person in 0..<2 where !each[person].isEmpty {
            lines.append(words(.summaryWeighsNamed, ["name": names[person], "list": ListWords.joined(each[person], words: words)]))
        }
        let allScored = results.partners.allSatisfy { $0.themes.allSatisfy { $0.score.value != nil } }
        if lines.isEmpty && allScored { lines.append(words(.summaryWeighsNoneCouple)) }
        return lines
    }

    /// Readiness with its numbers: each person, the meter, the gap, the pairing, and the guesses.
    func readiness() -> [Block] {
        var blocks: [Block] = [.heading(words(.resultsReadinessHeading))]
        for (index, profile) in results.partners.enumerated() {
            guard let band = profile.band, let score = profile.readiness.value else {
                blocks.append(
                    .text(words(.resultsPersonWords, ["name": profile.name, "words": missing(profile.readiness)]), .person(index)))
                continue
            }
            let bandWords = content.words.band(band)
            blocks.append(
                .text(words(.resultsPersonScore, ["name": profile.name, "score": String(score), "band": bandWords.name]), .person(index)))
            blocks.append(.text(bandWords.summary, .plain))
        }
        if !solo {
            blocks.append(
                .meter(
                    results.partners.enumerated().map { index, profile in
                        ResultsDocument.Bar(
                            person: index, name: profile.name, value: profile.readiness.value,
                            missing: profile.readiness.value == nil ? missing(profile.readiness) : nil)
                    }))
        }
        if let pair = results.pair {
            if let gap = pair.gap, let size = pair.gapSize {
                blocks.append(.text(words(.resultsGapDetail, ["gap": String(gap), "words": content.words.gap(size)]), .plain))
            }
            if let label = pair.pairing {
                blocks.append(.text(label.name, .lead))
                blocks.append(.text(label.summary, .plain))
            }
            if let readier = pair.readier { blocks.append(.text(words(.summaryReadier, ["name": names[readier]]), .plain)) }
            if pair.bothLeanToward { blocks.append(.text(words(.summaryStrengthBothLean), .plain)) }
        } else if let score = results.partners[0].readiness.value, score > content.thresholds.middle {
            blocks.append(.text(words(.summaryStrengthYouLean), .plain))
        }
        if !results.perception.isEmpty {
            blocks.append(.heading(results.guessesHeading(words)))
            for gap in results.perception {
                let sentence = gap.sentence(names: names, thresholds: content.thresholds, words: words)
                blocks.append(.text(sentence, .person(gap.guesser)))
            }
        }
        return blocks
    }

    /// Each worry as a bar for each person, named, with who weighs it and, where someone does, the
    /// theme's kind sentence.
    func worries() -> [Block] {
        var blocks: [Block] = [.heading(words(solo ? .resultsWorriesHeadingSolo : .resultsWorriesHeadingCouple))]
        if heard, let pair = results.pair { return blocks + groupedWorries(pair) }
        let high = content.thresholds.themeHigh
        for (row, theme) in content.themes.enumerated() {
            let scores = results.partners.map { $0.themes[row].score }
            let sentence: String? =
                if let direction = results.pair?.themes[row] {
                    direction.sentence(names: names, words: words)
                } else {
                    (scores[0].value ?? 0) >= high ? words(.summaryThemeYou) : nil
                }
            let bars = results.partners.enumerated().map { index, profile in
                let score = profile.themes[row].score
                return ResultsDocument.Bar(
                    person: index, name: profile.name, value: score.value,
                    missing: score.value == nil ? missing(score) : nil)
            }
            let weighed = scores.contains { ($0.value ?? 0) >= high }
            blocks.append(
                .worry(
                    title: theme.name + (sentence.map { " · " + $0 } ?? ""), bars: bars,
                    about: weighed ? theme.about : nil))
        }
        return blocks
    }

    /// By ear, a couple's worries in one sentence for each answer to "who weighs it", with both people's
    /// levels: "Both of you weigh: Fear of blame (Jordan 67, Riley 70); Past therapy (…)." A worry with a
    /// level missing and no one weighing it keeps a line of its own. The kind notes are left to the rest.
    func groupedWorries(_ pair: PairComparison) -> [Block] {
        // The groups in the order they are read: both, each person, neither, and neither much.
        var groups: [[String]] = Array(repeating: [], count: 5)
        var alone: [Block] = []
        for (row, (theme, direction)) in zip(content.themes, pair.themes).enumerated() {
            let levels = results.partners.map { profile in
                let score = profile.themes[row].score
                return "\(profile.name) \(score.value.map(String.init) ?? missing(score))"
            }
            let group: Int? =
                switch direction.weight {
                case .both?: 0
                case .one(let person)?: 1 + person
                case .neither?: direction.light ? 4 : 3
                case nil: nil
                }
            if let group {
                groups[group].append("\(theme.name) (\(levels.joined(separator: ", ")))")
            } else {
                let title = theme.name + " · " + direction.sentence(names: names, words: words)
                alone.append(.text(words(.typographyLabel, ["label": title, "value": levels.joined(separator: "; ")]) + ".", .plain))
            }
        }
        return groups.enumerated().compactMap { group, worries -> Block? in
            guard !worries.isEmpty else { return nil }
            let list = ListWords.joined(worries, words: words)
            return switch group {
            case 0: .text(words(.summaryWeighsBoth, ["list": list]), .plain)
            case 1, 2: .text(words(.summaryWeighsNamed, ["name": names[group - 1], "list": list]), .person(group - 1))
            case 3: .text(words(.plainWorriesNeither, ["list": list]), .plain)
            default: .text(words(.plainWorriesLight, ["list": list]), .plain)
            }
        } + alone
    }

    /// The ladder's line, the cards shown first, and the titles of the rest.
    func steps() -> [Block] {
        var blocks: [Block] = []
        if let line = ladderLine() { blocks.append(.text(line, .accent)) }
        // The steps taken alone stand apart from the ladder both climb: each person's yeses, said once.
        for (person, steps) in results.steps.alone.enumerated() where !steps.isEmpty {
            let list = ListWords.joined(steps, words: words)
            blocks.append(
                .text(
                    solo
                        ? words(.summaryStepAloneYours, ["list": list])
                        : words(.summaryStepAloneNamed, ["name": names[person], "list": list]),
                    solo ? .plain : .person(person)))
        }
        let shown = allCards ? results.cards.count : Results.cardsShownFirst
        for (index, chosen) in results.cards.enumerated().prefix(shown) {
            blocks.append(.card(card(chosen, index: index)))
        }
        let more = results.cards.dropFirst(shown)
        if !more.isEmpty { blocks.append(.more(more.map(\.card.title))) }
        // The guidance is information, not advice: said where it is given, so the results end with support.
        blocks.append(.text(content.texts.disclaimer, .note))
        return blocks
    }

    func card(_ chosen: ChosenCard, index: Int) -> ResultsDocument.Card {
        ResultsDocument.Card(
            index: index, audience: chosen.audienceLabel(names: names, words: words), title: chosen.card.title,
            text: chosen.card.text, steps: chosen.steps, why: chosen.reasons.joined(separator: " "))
    }

    /// The largest step everyone said yes to and the next one, in words true for any ladder (see `StepLadder`).
    func ladderLine() -> String? {
        let ladder = results.steps
        if ladder.everyShared, let largest = ladder.largest {
            return words(solo ? .summaryStepAllSolo : .summaryStepAllBoth, ["largest": largest])
        }
        switch (ladder.largest, ladder.next) {
        case (let largest?, let next?):
            return words(solo ? .summaryStepLargestSolo : .summaryStepLargestBoth, ["largest": largest, "next": next])
        case (let largest?, nil): return words(solo ? .summaryStepTopSolo : .summaryStepTopBoth, ["largest": largest])
        case (nil, let next?): return words(solo ? .summaryStepNoneSolo : .summaryStepNoneBoth, ["next": next])
        case (nil, nil): return nil
        }
    }
}

extension Results {
    /// The heading of the guesses, in every output: a person alone guessed a partner who did not answer.
    func guessesHeading(_ words: InterfaceText) -> String { words(mode == .solo ? .resultsGuessesHeadingSolo : .resultsGuessesHeading) }
}

extension ThemeDirection {
    /// "Both of you weigh this", "Riley weighs this", "This holds neither of you back much"; with a score
    /// missing and no one weighing it, what can be said of the one who has a score, or that there is none.
    public func sentence(names: [String], words: InterfaceText) -> String {
        switch weight {
        case .both?: return words(.summaryThemeBoth)
        case .neither?: return words(light ? .summaryThemeLight : .summaryThemeNeither)
        case .one(let person)?: return words(.summaryThemeOne, ["name": names[person]])
        case nil:
            guard let person = scored.firstIndex(of: true) else { return words(.summaryThemeNone) }
            return words(.summaryThemeOneNot, ["name": names[person]])
        }
    }
}
