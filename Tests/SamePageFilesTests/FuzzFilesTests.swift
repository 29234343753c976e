import TestSupport
import Foundation
@testable import SamePageCore
@testable import SamePageViews
@testable import SamePageFiles
import Testing

@Suite("Fuzzing answers and progress files")
struct FuzzFilesTests {
    let content = AnswerFileTests().content

    @Test("mutated answers files either load or are refused in one sentence, never a crash")
    func answers() {
        let valid = Data(
            AnswerFile.encode(AnswerSheet(name: "Kim", answers: ["r1": .level(4), "r2": .preferNot]), identity: content.identity).utf8)
        var random = SeededGenerator(state: Mutator.seed)
        var refused = 0
        for _ in 0..<Mutator.count {
            do {
                let sheet = try AnswerFile.decode(Mutator.mutate(valid, using: &random), path: "a.json", content: content)
                #expect(sheet.answers.keys.allSatisfy { ["r1", "r2"].contains($0) }, "only known questions get through")
            } catch {
                refused += 1
                #expect(error.sentence(english).hasPrefix("a.json ") && !error.sentence(english).contains("\n"), "\(error)")
            }
        }
        #expect(refused > 0)
    }

    @Test("mutated progress files either fit the content or are set aside, never a crash")
    func progress() throws {
        let progress = SessionProgress(
            mode: .solo, sheets: [AnswerSheet(name: "Kim", answers: ["r1": .level(2)])],
            place: .question(partner: 0, index: 1), identity: content.identity
        )
        let valid = Data(ProgressStore.encode(progress).utf8)
        #expect(ProgressStore.decode(valid) == progress)
        var random = SeededGenerator(state: Mutator.seed &+ 1)
        for _ in 0..<Mutator.count {
            if let decoded = ProgressStore.decode(Mutator.mutate(valid, using: &random)), decoded.fits(content) {
                // Whatever fits must open as a session without trapping.
                let session = Session(content: content, resuming: decoded)
                #expect(session.sheets.count == 1)
            }
        }
    }
}
