import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// The check-in's own rules, checked by `validate`: one direction of keying set by each item's scale,
/// and resources that can be kept current.
@Suite("Check-in content rules")
struct CheckInContentTests {
    func issues(_ change: @escaping (String) -> String) throws -> [ContentIssue] {
        try MinimalContent.issues(changing: "checkin.yaml", change)
    }

    @Test(
        "each mistake is named at its place with what to do",
        arguments: [
            (
                "    scale: agree\n    text: I feel safe.", "    concern_when: disagree\n    text: I feel safe.", "scale: agree",
                "check-in items no longer take 'concern_when': give each a 'scale' instead"
            ),
            (
                "text: How often have you felt afraid?", "text: I have felt afraid.", "text: How often have you felt afraid?",
                "is on the frequency scale, so its text should ask how often, as a question ending in '?'"
            ),
            (
                "text: I feel safe.", "text: Do you feel safe?", "text: I feel safe.",
                "is on the agreement scale, so its text should be a statement that is safe to agree with"
            ),
            ("scale: agree", "scale: yes-no", "scale: agree", "'yes-no' is not a known value for 'scale'"),
            ("region: ANY", "region: FR", "region: ANY", "'FR' in the resource 'Line' is not one of the regions (ANY)"),
            (
                "source: https://example.org", "source: example.org", "source: https://example.org",
                "'source' in the resource 'Line' should be the service's own page, starting with https://"
            ),
            (
                "checked: 2026-11-27", "checked: last week", "checked: 2026-11-27",
                "'checked' in the resource 'Line' should be the day it was checked, like 2026-11-27"
            ),
            (
                "      - call: \"000\"", "      - fax: \"000\"", "- call: \"000\"",
                "each entry of 'reach' in a resource should be one of call, text, chat, tty, web"
            ),
            (
                "frequency_choices: [Never, Once, Sometimes, Often, Not sure]", "frequency_choices: [Never, Often]",
                "frequency_choices:", "'frequency_choices' needs exactly five labels"
            ),
            ("  note: Keep this list in mind.\n", "", "  title: Support", "the support screen needs a 'note' field"),
            // A sentence that depends on the answers would tell a watching partner what they were.
            // (Each old field takes the place of the note's line, where the message points.)
            (
                "  note: Keep this list in mind.", "  concern_note: Talk to someone alone first.\n  note: Keep this list in mind.",
                "  note: Keep this list in mind.", "'support.concern_note' made the support page depend on the answers"
            ),
            (
                "  note: Keep this list in mind.", "  calm_note: Keep this list in mind.", "  note: Keep this list in mind.",
                "everyone now sees the same page, so give it one closing sentence for everyone in 'note'"
            ),
            (
                "shared:\n  title: If home does not feel safe\n  text: Talk to someone on your own first.\n", "", "intro: Just for you.",
                "needs a 'shared' field"
            ),
        ] as [(String, String, String, String)])
    func mistake(replace: String, with: String, at: String, message: String) throws {
        let original = try #require(MinimalContent.files["checkin.yaml"])
        #expect(original.contains(replace), "the case must change something: \(replace)")
        let found = try issues { $0.replacingOccurrences(of: replace, with: with) }
        let issue = try #require(found.first { $0.message.contains(message) }, "\(found)")
        #expect(issue.file.hasSuffix("/checkin.yaml"))
        #expect(issue.line == MinimalContent.line(of: at, in: "checkin.yaml"), "\(issue)")
    }

    @Test("the shipped check-in keys every item one way: statements to agree with, questions about how often")
    func shippedKeying() throws {
        let content = try ContentLoader.load(from: shippedFolder)
        for item in content.checkIn.items {
            #expect(item.text.hasSuffix("?") == (item.scale == .frequency), "\(item.id)")
        }
        #expect(Set(content.checkIn.items.map(\.scale)) == [.agree, .frequency])
    }
}
