import Foundation
import Testing

/// content/README.md and the program agree: a second implementation written from that document alone
/// (`scripts/independent/`, Python, never reading the Swift) computes the same results JSON as the real
/// binary for hundreds of random couples and the demo's samples.
@Suite("The document and the program agree")
struct IndependentReadingTests {
    @Test("an implementation from content/README.md alone computes the same results as the binary")
    func sameResults() throws {
        let check = Binary.repository.appendingPathComponent("scripts/independent/check").path
        let run = try SystemTool.run("/usr/bin/env", ["python3", check, Binary.path, "300", "1"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("300 pairs, 5 sample couples: 0 differences"), "\(run.output)")
    }
}
