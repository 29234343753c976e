import TestSupport
import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing

/// What the results promise, checked over random answer sets with the shipped content, each rule computed
/// here again from the answers alone (not from the program's own ladder or ranking): no step past the
/// couple's pace, each person's top worry among the cards shown first, the slow-down card there too, every
/// ladder sentence true, and a summary in words that never ranks anyone.
@Suite("What the results promise, for every answer set")
struct ResultsPromiseTests {
    static let sets: [Content] = ContentSets.folders(in: shippedFolder).compactMap { try? ContentLoader.load(from: $0) }

    /// A random answer sheet: mostly levels, sometimes "prefer not to say", now and then whole sections kept
    /// private or at one level, so the edges come up often.
    static func sheet(_ content: Content, name: String, random: inout SeededGenerator) -> AnswerSheet {
        var sheet = AnswerSheet(name: name)
        let style = Int.random(in: 0..<8, using: &random)
        for question in content.questions {
            let code: Int =
                switch style {
                case 0: 0
                case 1: 3
                case 2: question.item.reverse ? 5 : 1
                case 3: question.item.reverse ? 1 : 5
                default: Int.random(in: 0..<10, using: &random) == 0 ? 0 : Int.random(in: 1...5, using: &random)
                }
            sheet.answers[question.item.id] = Answer(code: code)
        }
        return sheet
    }

    static func yes(_ sheet: AnswerSheet, _ id: String) -> Bool {
        if case .level(let level)? = sheet.answers[id] { return level >= 4 }
        return false
    }

    @Test(
        "no suggested step past the next step both said yes to; each top worry and the slow-down card in the first six",
        arguments: sets.map(\.interface.language))
    func paceAndBalance(language: String) throws {
        let content = try #require(Self.sets.first { $0.interface.language == language })
        let shared = try #require(content.steps).items.filter { !$0.alone }.map(\.id)
        var random = SeededGenerator(state: 2112)
        for round in 0..<300 {
            let sheets = [Self.sheet(content, name: "A", random: &random), Self.sheet(content, name: "B", random: &random)]
            let results = Results(content: content, sheets: sheets, mode: .couple)
            // The limit, from the answers: one past the highest step both said yes to (the first when none).
            let highest = shared.lastIndex { id in sheets.allSatisfy { Self.yes($0, id) } }
            let limit = highest.map { $0 + 1 } ?? 0
            for chosen in results.cards {
                let paces =
                    (chosen.card.pace.map { [$0] } ?? [])
                    + chosen.card.steps.filter { chosen.steps.contains($0.text) }.compactMap(\.pace)
                for pace in paces {
                    // No one the card speaks to said no to the step it asks for.
                    let speaksTo = chosen.partners.isEmpty ? [0, 1] : chosen.partners
                    for person in speaksTo {
                        if case .level(let level)? = sheets[person].answers[pace] {
                            #expect(level > 2, "round \(round): \(chosen.card.id) asks person \(person) for \(pace), which they said no to")
                        }
                    }
                    guard let index = shared.firstIndex(of: pace) else { continue }
                    #expect(index <= limit, "round \(round): \(chosen.card.id) asks for \(pace), past step \(limit + 1)")
                }
            }
            let first = results.cards.prefix(Results.cardsShownFirst)
            for person in 0..<2 {
                let themes = results.partners[person].themes
                let worryCards = results.cards.filter { $0.partners.contains(person) && $0.card.rule.theme != nil }
                let scores = worryCards.map { card in themes.first { $0.id == card.card.rule.theme }?.score.value ?? 0 }
                guard let best = scores.max() else { continue }
                let top = worryCards[scores.firstIndex(of: best)!]
                #expect(first.contains(top), "round \(round): person \(person)'s top worry card \(top.card.id) is past the first six")
            }
            if let slow = results.cards.first(where: \.card.pinned) {
                #expect(first.contains(slow), "round \(round): \(slow.card.id) is past the first six")
            }
        }
    }

    @Test("every ladder sentence is true for the answers it is shown for", arguments: sets.map(\.interface.language))
    func ladderSentences(language: String) throws {
        let content = try #require(Self.sets.first { $0.interface.language == language })
        let items = try #require(content.steps).items.filter { !$0.alone }
        let words = content.interface
        var random = SeededGenerator(state: 77)
        for round in 0..<300 {
            let solo = round % 3 == 0
            let sheets = (solo ? ["A"] : ["A", "B"]).map { Self.sheet(content, name: $0, random: &random) }
            let results = Results(content: content, sheets: sheets, mode: solo ? .solo : .couple)
            let line = try #require(DocumentBuilder(results: results, content: content, allCards: false).ladderLine())
            let both = items.map { item in sheets.allSatisfy { Self.yes($0, item.id) } }
            let name = { (index: Int) in items[index].step ?? items[index].text }
            if both.allSatisfy({ $0 }) {
                #expect(
                    line == words(solo ? .summaryStepAllSolo : .summaryStepAllBoth, ["largest": name(items.count - 1)]), "round \(round)")
            } else if let highest = both.lastIndex(of: true) {
                // "The largest step you both said yes to" is the highest one, and the next is the one after it.
                #expect(line.contains(name(highest)), "round \(round): \(line)")
                if highest + 1 < items.count { #expect(line.contains(name(highest + 1)), "round \(round): \(line)") }
                #expect(!line.hasPrefix(words(solo ? .summaryStepAllSolo : .summaryStepAllBoth, ["largest": ""]).prefix(12)))
            } else {
                #expect(line == words(solo ? .summaryStepNoneSolo : .summaryStepNoneBoth, ["next": name(0)]), "round \(round): \(line)")
            }
            // Each yes to a step taken alone is said, for the one who said it, and no other.
            let section = try #require(ResultsDocument(results: results, content: content).section(.nextSteps)).blocks
            let alone = try #require(content.steps).items.filter(\.alone)
            for (person, sheet) in sheets.enumerated() {
                let yeses = alone.filter { Self.yes(sheet, $0.id) }.map { $0.step ?? $0.text }
                let line =
                    solo
                    ? words(.summaryStepAloneYours, ["list": ListWords.joined(yeses, words: words)])
                    : words(.summaryStepAloneNamed, ["name": sheet.name, "list": ListWords.joined(yeses, words: words)])
                #expect(
                    section.contains { if case .text(line, _) = $0 { true } else { false } } == !yeses.isEmpty, "round \(round) \(person)")
            }
        }
    }

    @Test(
        "the summary is in words for both: no score, no 'more', no verdict, and what each person chose",
        arguments: sets.map(\.interface.language))
    func summaryWords(language: String) throws {
        let content = try #require(Self.sets.first { $0.interface.language == language })
        var random = SeededGenerator(state: 9)
        for round in 0..<200 {
            let sheets = [Self.sheet(content, name: "Jordan", random: &random), Self.sheet(content, name: "Riley", random: &random)]
            let results = Results(content: content, sheets: sheets, mode: .couple)
            let document = ResultsDocument(results: results, content: content)
            let summary = try #require(document.section(.summary)).blocks.compactMap { block -> String? in
                if case .text(let text, _) = block { return text }
                return nil
            }
            let joined = summary.joined(separator: "\n")
            // Numbers belong to the readiness section: only the support section's key is a digit here.
            #expect(joined.filter(\.isNumber) == "6", "round \(round): \(joined)")
            for ranking in ["weighs more", "weighs most", "this more", "more open", "less sure", "pèse plus", "pèse le plus"] {
                #expect(!joined.contains(ranking), "round \(round): \(joined)")
            }
            #expect(summary.first == content.texts.resultsIntro, "it opens with the intro")
            for (index, profile) in results.partners.enumerated() where profile.readiness.missing == .keptPrivate {
                #expect(
                    joined.contains(
                        content.interface(
                            .resultsPersonWords, ["name": sheets[index].name, "words": content.interface(.resultsKeptPrivate)])))
            }
            // Both names are in the summary, each with something of their own.
            #expect(joined.contains("Jordan") && joined.contains("Riley"))
        }
    }
}
