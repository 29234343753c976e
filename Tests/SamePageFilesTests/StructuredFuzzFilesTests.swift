import TestSupport
import Foundation
@testable import SamePageCore
@testable import SamePageViews
@testable import SamePageFiles
import Testing

/// The answers and progress loaders fed well-formed files with hostile values: long strings, odd Unicode,
/// numbers at the edges. What loads is clean and whole; what is refused is refused in one safe sentence.
@Suite("Structure-aware fuzzing of answers and progress files")
struct StructuredFuzzFilesTests {
    let content = AnswerFileTests().content

    static func isSafe(_ text: String) -> Bool { !text.unicodeScalars.contains(where: SafeText.isUnsafe) }

    @Test("answers files with mutated values load clean and whole, or are refused in one safe sentence")
    func answers() {
        let valid = Data(
            AnswerFile.encode(AnswerSheet(name: "Kim", answers: ["r1": .level(4), "r2": .preferNot]), identity: content.identity).utf8)
        var random = SeededGenerator(state: Mutator.seed &+ 2)
        var loaded = 0
        for _ in 0..<Mutator.count {
            let mutated = ValueMutator.mutate(valid, format: .json, using: &random)
            do {
                let sheet = try AnswerFile.decode(mutated, path: "a.json", content: content)
                loaded += 1
                #expect(Set(sheet.answers.keys) == ["r1", "r2"], "every question, and only those")
                #expect(Self.isSafe(sheet.name) && sheet.name.utf8.count <= Names.maximumBytes, "\(sheet.name.debugDescription)")
            } catch {
                #expect(error.sentence(english).hasPrefix("a.json ") && !error.sentence(english).contains("\n"), "\(error)")
                #expect(Self.isSafe(error.sentence(english)), "\(error.sentence(english).debugDescription)")
            }
        }
        #expect(loaded > 0 && loaded < Mutator.count, "some values are harmless, some are not (\(loaded) loaded)")
    }

    @Test("progress files with mutated values fit the content with clean names, or are set aside")
    func progress() {
        let progress = SessionProgress(
            mode: .couple, sheets: [AnswerSheet(name: "Kim", answers: ["r1": .level(2)]), AnswerSheet(name: "Lee")],
            place: .question(partner: 0, index: 1), identity: content.identity
        )
        let valid = Data(ProgressStore.encode(progress).utf8)
        var random = SeededGenerator(state: Mutator.seed &+ 3)
        for _ in 0..<Mutator.count {
            guard let decoded = ProgressStore.decode(ValueMutator.mutate(valid, format: .json, using: &random)),
                decoded.fits(content)
            else { continue }
            let session = Session(content: content, resuming: decoded)
            for sheet in session.sheets {
                #expect(Self.isSafe(sheet.name) && sheet.name.utf8.count <= Names.maximumBytes, "\(sheet.name.debugDescription)")
            }
        }
    }
}
