import TestSupport
import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// The content loader fed well-formed YAML with hostile values. What loads holds only safe text and its
/// results render at any width; what is refused names each issue in one safe sentence.
@Suite("Structure-aware fuzzing of the content loader")
struct StructuredFuzzContentTests {
    static func isSafe(_ text: String, lines: Bool = false) -> Bool {
        !text.unicodeScalars.contains { !(lines && $0 == "\n") && SafeText.isUnsafe($0) }
    }

    @Test("content with mutated values loads clean and renders, or is refused in safe sentences")
    func mutatedValues() throws {
        var files: [String: Data] = [:]
        for name in ContentLoader.fileNames + [ContentLoader.samplesFile] {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: shippedFolder + "/" + name))
        }
        var random = SeededGenerator(state: Mutator.seed &+ 4)
        var loaded = 0
        for _ in 0..<Mutator.count {
            var mutated = files
            let name = files.keys.sorted().randomElement(using: &random)!
            mutated[name] = ValueMutator.mutate(files[name]!, format: .yaml, using: &random)
            do {
                let content = try ContentLoader.load(mutated, directory: "fuzz")
                loaded += 1
                let texts =
                    content.questions.map(\.item.text) + content.cards.flatMap { [$0.title, $0.text] + $0.steps.map(\.text) }
                    + [content.texts.welcome, content.texts.title] + content.samples.flatMap { $0.sheets.map(\.name) }
                for text in texts { #expect(Self.isSafe(text, lines: true), "\(text.prefix(80).debugDescription)") }
                for couple in content.samples.prefix(1) {
                    let results = Results(content: content, sheets: couple.sheets, mode: .couple)
                    for width in [1, 20, 80] {
                        var text = ResultsText(results: results, content: content)
                        text.width = width
                        #expect(Self.isSafe(text.render(), lines: true))
                    }
                    #expect(Self.isSafe(ReportMarkdown(results: results, content: content, date: "d").render(), lines: true))
                }
            } catch {
                for issue in error.issues {
                    #expect(
                        !issue.description.contains("\n") && Self.isSafe(issue.description),
                        "\(issue.description.prefix(200).debugDescription)")
                    #expect(!issue.message.contains("are ."), "\(issue)")
                }
            }
        }
        #expect(loaded > 0 && loaded < Mutator.count, "some values are harmless, some are not (\(loaded) loaded)")
    }
}
