import SamePageCore
import SamePageViews
import TestSupport
import Testing

/// Every output of the results in the pseudo-language (`PseudoLanguage`): the text, the Markdown report, the
/// printable page and the JSON's words hold only the content's words, names, numbers and addresses.
@Suite("No word outside the content in any output (pseudo-language)")
struct PseudoOutputsTests {
    /// The sample couples, and people alone and couples with random answers (some skipped, some private).
    static func resultsToCheck() throws -> [(what: String, results: Results, sample: SampleCouple?)] {
        let content = try PseudoScreensTests.content()
        var cases = content.samples.map { sample in
            (
                what: sample.id, results: Results(content: content, sheets: sample.sheets, mode: .couple, guesses: sample.guesses),
                sample: Optional(sample)
            )
        }
        var random = SeededGenerator(state: 20_261_203)
        for round in 0..<12 {
            let mode: SessionMode = round % 2 == 0 ? .solo : .couple
            let sheets = (0..<(mode == .solo ? 1 : 2)).map { sheet(PseudoScreensTests.names[$0], mode, content, &random) }
            cases.append((what: "\(mode) \(round)", results: Results(content: content, sheets: sheets, mode: mode), sample: nil))
        }
        return cases
    }

    static func sheet(_ name: String, _ mode: SessionMode, _ content: Content, _ random: inout SeededGenerator) -> AnswerSheet {
        var sheet = AnswerSheet(name: name)
        for question in content.questions(for: mode) where Int.random(in: 0..<6, using: &random) > 0 {
            let last = question.section.choices?.count ?? 5
            sheet.answers[question.item.id] = Answer(code: Int.random(in: 0...last, using: &random))
        }
        return sheet
    }

    /// The partners' names, and the words of a service's own numbers ("START au 88788", "811, option 2"),
    /// which are typed as they are, in whatever language.
    static func allowed(_ results: Results, _ content: Content) -> Set<String> {
        let reach = content.checkIn.resources.flatMap(\.reach).flatMap { $0.value.split { !$0.isLetter }.map(String.init) }
        return Set(results.partners.map(\.name) + reach + PseudoScreensTests.data + ["o", "n", "g", "e"])
    }

    @Test("the text, the Markdown and the printable page")
    func documents() throws {
        let content = try PseudoScreensTests.content()
        for (what, results, sample) in try Self.resultsToCheck() {
            let outputs = [
                ("text", ResultsText(results: results, content: content, sample: sample).render()),
                // A code block's language ("```text") is markup, never shown.
                (
                    "Markdown",
                    ReportMarkdown(results: results, content: content, date: "2026-12-03", sample: sample).render()
                        .replacingOccurrences(of: "```text", with: "```")
                ),
                ("page", Self.words(ofPage: ReportHTML(results: results, content: content, date: "2026-12-03", sample: sample).render())),
            ]
            for (output, text) in outputs {
                for stray in PseudoLanguage.strays(in: text, allowing: Self.allowed(results, content)) {
                    Issue.record("\(output) of \(what): '\(stray.word)' in \(stray.context)")
                }
            }
        }
    }

    @Test("the JSON's words: every string with a space in it")
    func json() throws {
        let content = try PseudoScreensTests.content()
        for (what, results, _) in try Self.resultsToCheck() {
            var sentences: [String] = []
            Self.collect(results.json(content: content), into: &sentences)
            #expect(sentences.count > 20, "the JSON of \(what) holds the document's words")
            for sentence in sentences {
                for stray in PseudoLanguage.strays(in: sentence, allowing: Self.allowed(results, content)) {
                    Issue.record("JSON of \(what): '\(stray.word)' in \(stray.context)")
                }
            }
        }
    }

    static func collect(_ value: JSONValue, into sentences: inout [String]) {
        switch value {
        case .string(let text) where text.contains(" "): sentences.append(text)
        case .array(let values): for value in values { collect(value, into: &sentences) }
        case .object(let fields): for value in fields.values { collect(value, into: &sentences) }
        default: break
        }
    }

    /// What a reader of the page sees and hears: its text and its charts' titles and descriptions, without
    /// the style sheet and the tags (whose names and classes are the page's own code).
    static func words(ofPage html: String) -> String {
        var text = html
        if let start = text.range(of: "<style"), let end = text.range(of: "</style>") {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        var out = "", inTag = false
        for character in text {
            if character == "<" {
                inTag = true; out.append(" ")
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                out.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out
    }
}
