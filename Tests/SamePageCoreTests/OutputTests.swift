import Foundation
import Testing
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
        #expect(value.serialized() == """
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

    @Test("the results text opens with a summary: scores with bands, the gap in words, who feels readier, each card's reason")
    func resultsText() {
        let results = Results(
            content: Fixture.content,
            sheets: [Fixture.sheet("Alex", Fixture.readinessCodes((5, 5))), Fixture.sheet("Sam", Fixture.readinessCodes((3, 3)))],
            mode: .couple
        )
        let text = ResultsText(results: results, content: Fixture.content).render()
        #expect(text.contains("Summary\n  A  Alex  100  Ready to try\n  B  Sam    50  Open to learning more\n"))
        #expect(text.contains("  0 [--------------------B===================A] 100"))
        #expect(text.contains("  Far apart: a gap of 50 · Different paces\n"))
        // 50 is not below the middle, so no one is named the readier one.
        #expect(!text.contains("readier"))
        #expect(!text.contains("Match") && !text.contains("leaning"))
        #expect(text.contains("  Worry          Alex   Sam\n  Fear of blame    --    --\n"))
        #expect(text.contains("-- means not enough answers."))
        for card in results.cards { #expect(text.contains(card.card.title)) }
        #expect(text.components(separatedBy: "Why this:").count == results.cards.count + 1)
    }
}
