import TestSupport
import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing

/// Line by line, the results are heard short first (`ResultsText.Form.heard`) and the rest on request
/// (`heardRest`, after `more`). Over random answer sets in both languages: nothing is lost between the two,
/// and each sentence only the ear gets is true for the answers it is said for.
@Suite("Results by ear: short first, the rest on request, every sentence true")
struct HeardResultsTests {
    static let languages = ResultsPromiseTests.sets.map(\.interface.language)

    static func content(_ language: String) throws -> Content {
        try #require(ResultsPromiseTests.sets.first { $0.interface.language == language })
    }

    static func text(_ results: Results, _ content: Content, _ form: ResultsText.Form, flat: Bool = true) -> String {
        var text = ResultsText(results: results, content: content)
        text.form = form
        return flat ? text.render().flattened : text.render()
    }

    /// A couple (or, one round in four, a person alone), with guesses one round in three.
    static func results(_ content: Content, round: Int, random: inout SeededGenerator) -> Results {
        let mode: SessionMode = round % 4 == 3 ? .solo : .couple
        let count = mode == .couple ? 2 : 1
        let sheets = ["Alex", "Sam"].prefix(count).map { ResultsPromiseTests.sheet(content, name: $0, random: &random) }
        guard round % 3 == 0 else { return Results(content: content, sheets: sheets, mode: mode) }
        let guesses = (0..<count).map { _ in
            Dictionary(
                uniqueKeysWithValues: content.guessItems.compactMap { item in
                    Answer(code: Int.random(in: 0...5, using: &random)).map { (item.id, $0) }
                })
        }
        return Results(content: content, sheets: sheets, mode: mode, guesses: guesses)
    }

    /// The text of one numbered section ("4 Worries") of a rendered, flattened text.
    static func section(_ id: ResultsSection, of text: String, _ content: Content) -> String {
        let title = "\(id.rawValue) \(id.title(content.interface))"
        guard let start = text.range(of: " \(title) ") else { return "" }
        let after = text[start.upperBound...]
        let next = ResultsSection.allCases.first { $0.rawValue == id.rawValue + 1 }
        let end = next.flatMap { after.range(of: " \($0.rawValue) \($0.title(content.interface)) ") }?.lowerBound ?? after.endIndex
        return String(after[..<end])
    }

    @Test("what the results heard leave out is in the rest: each worry's note, every card in full, every service", arguments: languages)
    func nothingLost(language: String) throws {
        let content = try Self.content(language)
        let words = content.interface
        var random = SeededGenerator(state: 23)
        for round in 0..<120 {
            let results = Self.results(content, round: round, random: &random)
            let heard = Self.text(results, content, .heard), rest = Self.text(results, content, .heardRest)
            let worries = try #require(ResultsDocument(results: results, content: content).section(.worries)).blocks
            for case .worry(_, _, let about?) in worries {
                let note = SpokenText.cleaned(about).flattened
                #expect(!heard.contains(note) && rest.contains(note), "round \(round): \(about)")
            }
            var counted = 0, questions = 0
            for (index, chosen) in results.cards.enumerated() {
                #expect(rest.contains(SpokenText.cleaned(chosen.card.title).flattened), "round \(round): \(chosen.card.title)")
                for step in chosen.steps { #expect(rest.contains(SpokenText.cleaned(step).flattened), "round \(round): \(step)") }
                if chosen.audienceLabel(names: results.partners.map(\.name), words: words) == words(.cardsCommon) {
                    questions += 1
                } else if index >= ResultsText.cardsHeardFirst {
                    counted += 1
                }
            }
            // The cards not read first are counted, in words true for their number.
            if counted > 1 { #expect(heard.contains(words(.plainMoreMany, ["count": String(counted)]).flattened), "round \(round)") }
            if counted == 1 { #expect(heard.contains(words(.plainMoreOne).flattened), "round \(round)") }
            if questions > 1 { #expect(heard.contains(words(.plainCommonMany, ["count": String(questions)]).flattened), "round \(round)") }
            for resource in content.checkIn.resources {
                #expect(rest.contains(SpokenText.cleaned(resource.name).flattened), "round \(round): \(resource.name)")
            }
            let noise = SpeechNoise.lines(
                in: Self.text(results, content, .heard, flat: false) + Self.text(results, content, .heardRest, flat: false))
            #expect(noise.isEmpty, "round \(round): \(noise)")
        }
    }

    @Test("a couple's worries are heard once each, both levels named, in the group that says who weighs them", arguments: languages)
    func groupedWorries(language: String) throws {
        let content = try Self.content(language)
        let words = content.interface
        var random = SeededGenerator(state: 31)
        for round in 0..<150 {
            var results = Self.results(content, round: round, random: &random)
            if results.mode == .solo { results = Self.results(content, round: 0, random: &random) }
            let pair = try #require(results.pair)
            let names = results.partners.map(\.name)
            let heard = Self.text(results, content, .heard)
            let worries = Self.section(.worries, of: heard, content)
            // Each group sentence, cut at the next one, with the words before its list.
            let openings: [String: String] = [
                "both": words(.summaryWeighsBoth, ["list": "\u{1}"]), "0": words(.summaryWeighsNamed, ["name": names[0], "list": "\u{1}"]),
                "1": words(.summaryWeighsNamed, ["name": names[1], "list": "\u{1}"]),
                "neither": words(.plainWorriesNeither, ["list": "\u{1}"]), "light": words(.plainWorriesLight, ["list": "\u{1}"]),
            ].mapValues { String($0.prefix { $0 != "\u{1}" }).flattened }
            for (row, (theme, direction)) in zip(content.themes, pair.themes).enumerated() {
                #expect(worries.components(separatedBy: theme.name).count == 2, "round \(round): \(theme.name) is heard once")
                let levels = results.partners.map { profile -> String in
                    let score = profile.themes[row].score
                    return score.value.map { "\(profile.name) \($0)" } ?? profile.name
                }
                for level in levels { #expect(worries.contains(level), "round \(round): \(level) for \(theme.name)") }
                let group: String? =
                    switch direction.weight {
                    case .both?: "both"
                    case .one(let person)?: String(person)
                    case .neither?: direction.light ? "light" : "neither"
                    case nil: nil
                    }
                guard let group, let opening = openings[group], let item = worries.range(of: "\(theme.name) (") else { continue }
                // The nearest group opening before the worry is the one its weight says.
                let before = worries[..<item.lowerBound]
                let nearest = openings.values.compactMap { opening in
                    before.range(of: opening, options: .backwards).map { (opening, $0.lowerBound) }
                }
                .max { $0.1 < $1.1 }?.0
                #expect(nearest == opening, "round \(round): \(theme.name) under \(nearest ?? "nothing"), not \(opening)")
            }
        }
    }

    @Test("'sees each one's part the same way' is said only when that view names both parts as they were just said", arguments: languages)
    func sameView(language: String) throws {
        let content = try Self.content(language)
        var random = SeededGenerator(state: 47)
        var said = 0, notSaid = 0
        for round in 0..<200 {
            let results = Self.results(content, round: round * 4, random: &random)  // couples only
            guard let pattern = results.pattern else { continue }
            let heard = Self.text(results, content, .heard)
            for person in 0..<2 {
                let view = pattern.views[person]
                let same =
                    view.ownSide != nil && view.ownSide == pattern.personSides[person]
                    && view.partnerSide != nil && view.partnerSide == pattern.personSides[1 - person]
                let sentence = content.interface(.plainViewSame, ["name": results.partners[person].name]).flattened
                #expect(heard.contains(sentence) == same, "round \(round), person \(person)")
                if same { said += 1 } else { notSaid += 1 }
            }
        }
        #expect(said > 0 && notSaid > 0, "both cases came up: \(said) and \(notSaid)")
    }

    @Test("a couple's guess at a partner who passed those questions names both people, never 'you'", arguments: languages)
    func guessAtPassedAnswers(language: String) throws {
        let content = try Self.content(language)
        var alex = AnswerSheet(name: "Alex"), sam = AnswerSheet(name: "Sam")
        for question in content.questions {
            alex.answers[question.item.id] = Answer(code: 4)
            sam.answers[question.item.id] = Answer(code: content.guessItems.contains { $0.id == question.item.id } ? 0 : 3)
        }
        let four = try #require(Answer(code: 4))
        let guesses = [Dictionary(uniqueKeysWithValues: content.guessItems.map { ($0.id, four) }), [:]]
        let results = Results(content: content, sheets: [alex, sam], mode: .couple, guesses: guesses)
        let gap = try #require(results.perception.first)
        let sentence = gap.sentence(names: ["Alex", "Sam"], thresholds: content.thresholds, words: content.interface)
        #expect(sentence.contains("Alex") && sentence.contains("Sam"), "\(sentence)")
        #expect(sentence != content.interface(.perceptionSolo, ["guess": String(gap.guessed.value ?? -1)]))
    }
}
