import TestSupport
import Foundation
import SamePageContent
import Testing

@Suite("Fuzzing the content loader")
struct FuzzContentTests {
    @Test("mutated content either loads or gives validation errors with a place and a sentence, never a crash")
    func mutatedContent() throws {
        var files: [String: Data] = [:]
        for name in ContentLoader.fileNames {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: shippedFolder + "/" + name))
        }
        var random = SeededGenerator(state: Mutator.seed)
        var loaded = 0
        var refused = 0
        for _ in 0..<Mutator.count {
            var mutated = files
            let name = ContentLoader.fileNames.randomElement(using: &random)!
            mutated[name] = Mutator.mutate(files[name]!, using: &random)
            do {
                _ = try ContentLoader.load(mutated, directory: "fuzz")
                loaded += 1
            } catch {
                refused += 1
                #expect(!error.issues.isEmpty)
                for issue in error.issues {
                    #expect(issue.file.hasPrefix("fuzz/"), "\(issue)")
                    #expect(!issue.message.isEmpty && !issue.message.contains("\n"), "one sentence: \(issue)")
                }
            }
        }
        #expect(loaded + refused == Mutator.count)
        #expect(refused > Mutator.count / 4, "the mutations really break things (\(refused) of \(Mutator.count) refused)")
    }

    @Test("a file nested thousands of levels deep or over a megabyte is refused, with no deep parse")
    func hostileFiles() throws {
        var files: [String: Data] = [:]
        for name in ContentLoader.fileNames {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: shippedFolder + "/" + name))
        }
        var deep = files
        deep["scale.yaml"] = Data(("choices: " + String(repeating: "[", count: 100_000)).utf8)
        #expect(throws: ContentErrors.self) { try ContentLoader.load(deep, directory: "x") }
        do { _ = try ContentLoader.load(deep, directory: "x") } catch {
            #expect(
                error.issues.map(\.description) == ["x/scale.yaml:1: this is nested more than 64 levels deep; content needs only a few."])
        }
        var huge = files
        huge["meta.yaml"] = Data(repeating: UInt8(ascii: "a"), count: 1_200_000)
        do { _ = try ContentLoader.load(huge, directory: "x") } catch {
            #expect(
                error.issues.map(\.description).contains(
                    "x/meta.yaml: this file is larger than 1 MB; content files are short text, so it was not read."))
        }
    }
}
