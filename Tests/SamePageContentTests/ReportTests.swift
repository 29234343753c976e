import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// The Markdown report, compared whole with a golden file that a person has read.
/// Run with SAMEPAGE_UPDATE_GOLDEN=1 to write the golden file again after a deliberate change.
@Suite("The Markdown report")
struct ReportTests {
    let content: Content

    init() throws { content = try ContentLoader.load(from: shippedFolder) }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/report-sam-and-alex.md")

    @Test("the report of a known couple matches the golden file line for line")
    func golden() throws {
        let couple = try #require(content.samples.first { $0.id == "sam-and-alex" })
        let guesses: [[String: Answer]] = [
            Dictionary(uniqueKeysWithValues: content.readiness.items.map { ($0.id, Answer.level(3)) }), [:],
        ]
        let results = Results(content: content, sheets: couple.sheets, mode: .couple, guesses: guesses)
        let report = ReportMarkdown(results: results, content: content, date: "2026-11-27").render()
        if ProcessInfo.processInfo.environment["SAMEPAGE_UPDATE_GOLDEN"] == "1" {
            try Data(report.utf8).write(to: Self.golden)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        let got = report.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(got.count == want.count)
        for (index, (line, wanted)) in zip(got, want).enumerated() {
            #expect(line == wanted, "line \(index + 1)")
        }
        for item in content.checkIn.items { #expect(!report.contains(item.text) && !report.contains(item.id)) }
        #expect(report.contains(content.checkIn.emergency))
    }
}
