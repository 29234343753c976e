import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing
import TestSupport

/// Sentences the program builds, as the Québec review asked: never "?;" or "?." in "More ideas", a label
/// cased inside a sentence as its language writes it, and the name given for no name never used as one.
@Suite("Sentences the program builds read as the language writes them")
struct ReviewWordingTests {
    static let english = RealScreenTests.set("en"), french = RealScreenTests.set("fr")

    @Test("More ideas: a title that ends in its own mark is followed by a space and no full stop")
    func moreIdeas() {
        let words = Self.english.interface
        #expect(ListWords.moreIdeas(["Start small", "Ask why?"], words: words) == "More ideas: Start small; Ask why?")
        #expect(ListWords.moreIdeas(["Ask why?", "Start small"], words: words) == "More ideas: Ask why? Start small.")
        let french = ListWords.moreIdeas(["Et de mon côté?", "Et elle-même?"], words: Self.french.interface)
        #expect(french == "Autres idées\u{00A0}: Et de mon côté? Et elle-même?", "\(french)")
    }

    @Test("a band's name in the why view: lower case in English, as written (in « ») in French")
    func labelCase() {
        #expect(Self.english.interface.inSentence("Not now") == "not now")
        #expect(Self.french.interface.inSentence("Pas maintenant") == "Pas maintenant")
        // Each sample partner's answers, alone (where cards are chosen by the readiness band): a band named in
        // a reason is written as its label is.
        let why = Self.french.samples.flatMap(\.sheets).flatMap { sheet in
            Results(content: Self.french, sheets: [sheet], mode: .solo).cards.flatMap(\.reasons)
        }
        let bands = ReadinessBand.allCases.map { Self.french.words.band($0).name }
        #expect(why.contains { reason in bands.contains { reason.contains("«\u{00A0}\($0)\u{00A0}»") } }, "\(why)")
        #expect(!why.contains { reason in bands.contains { reason.contains("«\u{00A0}\($0.lowercased())\u{00A0}»") } })
    }

    @Test("resuming alone with no name typed says where, not 'You, at question 2'", arguments: [english, french])
    func resumeUnnamed(content: Content) {
        let words = content.interface
        for name in ["", words(.namesFallbackSolo)] {
            let progress = SessionProgress(
                mode: .solo, sheets: [AnswerSheet(name: name)], place: .question(partner: 0, index: 2), identity: content.identity)
            let summary = ResumeWords.summary(progress, questions: 42, opening: 1, words: words)
            #expect(summary == words(.resumeSoloAtUnnamed, ["number": "2", "total": "42"]), "\(summary)")
        }
    }

    @Test("a kept session with no names resumes with the content's names for their places", arguments: [english, french])
    func resumeNames(content: Content) {
        let progress = SessionProgress(
            mode: .couple, sheets: [AnswerSheet(name: ""), AnswerSheet(name: "")], place: .question(partner: 1, index: 0),
            identity: content.identity)
        let session = Session(content: content, resuming: progress)
        let words = content.interface
        #expect(session.sheets.map(\.name) == [words(.namesFallbackFirst), words(.namesFallbackSecond)])
    }
}
