import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing
import TestSupport

/// One person alone: the question about their partner comes first and shapes the cards, and nothing they
/// read speaks to two people or to answers their partner never gave.
@Suite("One person alone: the question about the partner, and words for one")
struct SoloWordsTests {
    static let english = RealScreenTests.sets.first { $0.interface.language == "en" }!

    /// A solo sheet with every question at `level`, and the question about the partner answered `stance`.
    func sheet(_ content: Content, level: Int, stance: Answer) -> AnswerSheet {
        var sheet = AnswerSheet(name: "Kim")
        // Every item at that level of "very much so": reverse items mirrored, as the samples do.
        for question in content.questions { sheet.answers[question.item.id] = .level(question.item.reverse ? 6 - level : level) }
        sheet.answers[content.soloPartner!.item.id] = stance
        return sheet
    }

    @Test("a session alone asks about the partner first, with its own choices; a couple is never asked")
    func askedFirst() throws {
        let content = Self.english
        let question = try #require(content.soloPartner)
        let solo = Session(content: content, mode: .solo, names: ["Kim"])
        #expect(solo.questions.first?.item.id == question.item.id && solo.questions.count == content.questions.count + 1)
        #expect(Session(content: content, mode: .couple, names: ["A", "B"]).questions.count == content.questions.count)
        var app = App(content: content, mode: .solo)
        for key: Key in [.enter, .enter] { _ = app.handle(.key(key)) }
        let screen = app.render().lines.joined(separator: "\n")
        #expect(screen.contains(question.item.text.prefix(30)))
        for (index, choice) in question.choices.enumerated() { #expect(screen.contains("\(index + 1)  \(choice)")) }
        #expect(!screen.contains("4  ") && screen.contains("0  \(content.scale.preferNot)"), "three choices and prefer not to say")
        _ = app.handle(.key(.character("4")))
        #expect(app.render().lines.joined().contains(question.item.text.prefix(30)), "4 is not one of its choices")
        _ = app.handle(.key(.character("2")))
        guard case .session(let session, _) = app.phase else { Issue.record("left the session"); return }
        #expect(session.sheets[0].answers[question.item.id] == .level(2))
        #expect(session.stage == .question(partner: 0, index: 1))
    }

    @Test("what the person said about their partner chooses a card of its own, shown first, with its reason")
    func stanceCards() throws {
        let content = Self.english
        for (code, stance) in [(1, PartnerStance.open), (2, .declines), (3, .unaware)] {
            let results = Results(content: content, sheets: [sheet(content, level: 4, stance: .level(code))], mode: .solo)
            #expect(results.stance == stance)
            let first = try #require(results.cards.first)
            #expect(first.card.rule.stances == [stance], "\(stance): \(results.cards.map(\.card.id))")
            #expect(first.reasons.contains { $0.hasPrefix("You said: ") })
            #expect(results.json(content: content).serialized().contains("\"partnerStance\": \"\(stance.rawValue)\""))
        }
        let none = Results(content: content, sheets: [sheet(content, level: 4, stance: .preferNot)], mode: .solo)
        #expect(none.stance == nil && !none.cards.contains { !$0.card.rule.stances.isEmpty })
        // A ready person whose partner will not come: the article's moves come right after that card.
        let declines = Results(content: content, sheets: [sheet(content, level: 5, stance: .level(2))], mode: .solo)
        // The first card for their readiness comes right after it, then their top worry; the others for their
        // readiness follow, all among the six shown first.
        let ids = declines.cards.map(\.card.id)
        #expect(declines.cards[1].card.audience == .solo && declines.cards[1].card.rule.readiness == .ready, "\(ids)")
        let ready = declines.cards.filter { $0.card.audience == .solo && $0.card.rule.readiness == .ready }
        #expect(ready.allSatisfy { card in declines.cards.prefix(Results.cardsShownFirst).contains(card) }, "\(ids)")
        if let top = declines.partners[0].topThemes.first {
            #expect(declines.cards.prefix(Results.cardsShownFirst).contains { $0.card.rule.theme == top }, "\(ids)")
        }
        // A hesitant person alone: "not now is a real answer" and "on your own terms" come first.
        let hesitant = Results(content: content, sheets: [sheet(content, level: 1, stance: .level(2))], mode: .solo)
        #expect(
            Set(hesitant.cards.prefix(3).map(\.card.id)).isSuperset(of: ["solo-unsure-explore", "solo-unsure-own-terms"]),
            "\(hesitant.cards.map(\.card.id))")
    }

    @Test("alone, nothing says 'both of you', 'each other' or 'how your partner answered', on screen, in text or the report")
    func wordsForOne() throws {
        var random = SeededGenerator(state: 4242)
        let phrases = ["both of you", "each other", "how your partner answered", "you both"]
        for _ in 0..<60 {
            var sheet = AnswerSheet(name: "Kim")
            for question in Self.english.questions(for: .solo) {
                sheet.answers[question.item.id] = Answer(code: Int.random(in: 0...5, using: &random))
            }
            sheet.answers[Self.english.soloPartner!.item.id] = Answer(code: Int.random(in: 0...3, using: &random))
            let guesses = [
                Dictionary(
                    uniqueKeysWithValues: Self.english.guessItems.map { ($0.id, Answer.level(Int.random(in: 1...5, using: &random))) })
            ]
            let results = Results(content: Self.english, sheets: [sheet], mode: .solo, guesses: guesses)
            var outputs = [
                ResultsText(results: results, content: Self.english).render(),
                ReportMarkdown(results: results, content: Self.english, date: "2026-12-03").render(),
            ]
            var app = App(content: Self.english, mode: nil, width: 100, height: 200)
            app.finish(Session(content: Self.english, mode: .solo, names: ["Kim"]), results)
            for section in ResultsSection.available(results) {
                _ = app.handle(.key(.character(Character(String(section.rawValue)))))
                _ = app.handle(.key(.character("a")))
                _ = app.handle(.key(.character("m")))
                outputs.append(app.render().lines.joined(separator: " "))
            }
            let all = outputs.joined(separator: "\n").lowercased()
            for phrase in phrases { #expect(!all.contains(phrase), "\(phrase)") }
        }
    }
}
