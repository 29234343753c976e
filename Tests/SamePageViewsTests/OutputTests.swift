import Foundation
import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

@Suite("Names, JSON and text output")
struct OutputTests {
    @Test("names lose control characters and escape sequences and are kept short")
    func cleanNames() {
        #expect(Names.clean("  Alex\u{1B}[31m  ", default: "Partner A") == "Alex[31m")
        #expect(Names.clean("\u{202E}Sam\u{0007}", default: "Partner A") == "Sam")
        #expect(Names.clean("   ", default: "Partner B") == "Partner B")
        #expect(Names.clean(String(repeating: "é", count: 500), default: "X").count == Names.maximumLength)
        #expect(Names.clean("Zoë 🌱", default: "X") == "Zoë 🌱")
    }

    @Test("JSON keys are sorted and text is escaped")
    func json() {
        let value = JSONValue.object(["b": .int(1), "a": .array([.string("say \"hi\"\n"), .null, .bool(true)])])
        #expect(
            value.serialized() == """
                {
                  "a": [
                    "say \\"hi\\"\\n",
                    null,
                    true
                  ],
                  "b": 1
                }

                """)
    }

    @Test("the results text opens with a summary in words (no numbers), then readiness with its numbers, worries named, each card's reason")
    func resultsText() {
        let results = Results(
            content: Fixture.content,
            sheets: [Fixture.sheet("Alex", Fixture.readinessCodes((5, 5))), Fixture.sheet("Sam", Fixture.readinessCodes((3, 3)))],
            mode: .couple
        )
        let text = ResultsText(results: results, content: Fixture.content).render()
        let summary = try! #require(text.components(separatedBy: "\n2 Readiness\n").first)
        #expect(summary.contains("1 Summary\n  R\n"), "it opens with the content's intro")
        #expect(summary.contains("  Alex: Ready to try\n  Sam: Open to learning more\n"))
        #expect(summary.contains("  Your readiness: Far apart.\n"))
        #expect(summary.contains("If home does not feel safe for either of you, start with 6 Support, on your"))
        #expect(!summary.contains("100") && !summary.contains("50"), "numbers belong to the readiness section")
        #expect(text.contains("  Alex: 100 · Ready to try\n"))
        #expect(text.contains("  0 [--------------------B===================A] 100\n  A Alex · B Sam\n"))
        #expect(text.contains("  A gap of 50: Far apart.\n"))
        // 50 is not below the middle, so no one is named the readier one.
        #expect(!text.contains("readier"))
        #expect(!text.contains("Match") && !text.contains("leaning"))
        // Too few answers on a worry: each person's row says so in words, never a bare mark.
        #expect(text.contains("  Fear of blame · nothing to compare here\n    Alex  not enough answers\n    Sam   not enough answers\n"))
        #expect(!text.contains(" -- "))
        for card in results.cards.prefix(Results.cardsShownFirst) { #expect(text.contains(card.card.title)) }
        #expect(text.components(separatedBy: "Why this:").count == min(results.cards.count, Results.cardsShownFirst) + 1)
    }
}
