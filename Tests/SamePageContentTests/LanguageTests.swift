import Foundation
import SamePageContent
import SamePageCore
import SamePageFiles
import SamePageViews
import Testing

/// The shipped content in two languages: the same questions, scoring and rules, so that answers given in
/// one are scored in the other, and every one of samepage's own sentences in each.
@Suite("Two languages of one content")
struct LanguageTests {
    let english: Content
    let french: Content

    init() throws {
        english = try ContentLoader.load(from: shippedFolder)
        french = try ContentLoader.load(from: try #require(ContentSets.translation(in: shippedFolder, language: "fr")))
    }

    @Test("French has the same ids, scoring and rules as English, and its own words")
    func sameShape() {
        #expect(SetComparison.differences(english, french).isEmpty)
        #expect(english.identity == french.identity, "answers files name the same content in both")
        #expect(french.interface.language == "fr" && english.interface.language == "en")
        #expect(english.questions.map(\.item.text) != french.questions.map(\.item.text))
        #expect(french.interface(.readyPromptCouple, ["name": "Sam"]).contains("Sam"))
    }

    @Test("answers saved in English are scored the same in French")
    func answersCrossLanguages() throws {
        let answers = Dictionary(
            uniqueKeysWithValues: english.questions.enumerated().map { ($0.element.item.id, Answer(code: $0.offset % 6)!) })
        let saved = AnswerFile.encode(AnswerSheet(name: "Kim", answers: answers), identity: english.identity)
        let read = try AnswerFile.decode(Data(saved.utf8), path: "kim.json", content: french)
        #expect(read.answers == answers)
        let inEnglish = Results(content: english, sheets: [read], mode: .solo)
        let inFrench = Results(content: french, sheets: [read], mode: .solo)
        #expect(inEnglish.partners.map(\.readiness) == inFrench.partners.map(\.readiness))
        #expect(inEnglish.cards.map(\.card.id) == inFrench.cards.map(\.card.id))
        let report = ReportMarkdown(results: inFrench, content: french, date: "2026-11-27").render()
        #expect(report.contains("## 1 " + french.interface(.resultsSectionSummary)) && !report.contains("## 1 Summary"))
    }

    @Test("a translation that drifts from the first set is named: a card more, a threshold changed")
    func drift() {
        var other = french
        other.cards.removeLast()
        other.thresholds.ready += 1
        let found = SetComparison.differences(english, other)
        #expect(found.contains { $0.contains("cards") } && found.contains { $0.contains("thresholds") }, "\(found)")
    }

    @Test("what the program builds takes French punctuation: a colon after a no-break space in every French output")
    func frenchColons() throws {
        let couple = try #require(french.samples.first)
        let results = Results(content: french, sheets: couple.sheets, mode: .couple, guesses: couple.guesses)
        let outputs = [
            ResultsText(results: results, content: french).render(),
            ReportMarkdown(results: results, content: french, date: "2026-12-03").render(),
            french.checkIn.sharedLines(width: 60, words: french.interface).joined(separator: "\n"),
        ]
        for output in outputs {
            // A colon joined to the word before it (not a web address, not a time, not Markdown's own).
            let glued = output.matches(of: /[\p{L}\p{N})*\]][:](?!\/\/)(?!\d)/).map { String(output[$0.range]) }
            #expect(glued.isEmpty, "\(glued.prefix(5))")
        }
        #expect(outputs[2].contains("Canada\u{00A0}: "))
    }

    @Test("the letters that answer are the language's (y/n, o/n), and every sentence that names them names those")
    func letters() throws {
        #expect(
            ["y", "n", "k", "d"] == [.lettersYes, .lettersNo, .lettersKeep, .lettersDiscard].map { String(english.interface.letter($0)) })
        #expect(
            ["o", "n", "g", "e"] == [.lettersYes, .lettersNo, .lettersKeep, .lettersDiscard].map { String(french.interface.letter($0)) })
        let named: [(InterfaceKey, [InterfaceKey])] = [
            (.plainKeepAsk, [.lettersYes, .lettersNo]), (.plainKeepAskCouple, [.lettersYes, .lettersNo]),
            (.plainKeepAgain, [.lettersYes, .lettersNo]), (.plainGuessAsk, [.lettersYes]), (.plainQuitLost, [.lettersYes]),
            (.plainQuitKeep, [.lettersKeep, .lettersDiscard]), (.plainQuitNothing, [.lettersYes]),
            (.plainResumeAsk, [.lettersDiscard]), (.plainResumeAgain, [.lettersDiscard]), (.resumePrompt, [.lettersDiscard]),
        ]
        for words in [english.interface, french.interface] {
            for (sentence, letters) in named {
                let text = words(sentence, ["cause": "x"])
                let singles = text.split { !$0.isLetter }.filter { $0.count == 1 }.map(String.init)
                for letter in letters { #expect(singles.contains(String(words.letter(letter))), "\(sentence.key) in \(words.language)") }
                // And no other language's letter for the same answer.
                let others = ["y", "k", "d", "o", "g", "e"].filter { !letters.map { String(words.letter($0)) }.contains($0) }
                #expect(singles.allSatisfy { !others.contains($0) }, "\(sentence.key) in \(words.language): \(singles)")
            }
        }
    }
}
