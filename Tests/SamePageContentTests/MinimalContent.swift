import TestSupport
import Foundation
import SamePageContent

/// A small, valid content folder written to a temporary directory; each broken case changes one line.
enum MinimalContent {
    /// The fixture's files: its own, and the shipped interface sentences (interface.yaml) as they are.
    static let files: [String: String] = own.merging(["interface.yaml": shippedInterface]) { mine, _ in mine }

    static let shippedInterface: String = {
        do {
            return try String(contentsOfFile: shippedFolder + "/interface.yaml", encoding: .utf8)
        } catch {
            fatalError("content/interface.yaml cannot be read: \(error)")
        }
    }()

    static let own: [String: String] = [
        "meta.yaml": """
        id: minimal
        version: 1
        title: Test
        minutes: 5
        welcome: Hello.
        privacy: Nothing leaves.
        disclaimer: Not advice.
        results_intro: Patterns, not blame.
        solo_results_intro: Your picture.
        not_enough: not enough answers

        """,
        "scale.yaml": """
        choices:
          - Strongly disagree
          - Disagree
          - Not sure
          - Agree
          - Strongly agree
        prefer_not: Prefer not to say

        """,
        "questions.yaml": """
        readiness:
          name: Readiness
          about: How ready.
          items:
            - id: r1
              text: I would go.
            - id: r2
              text: It could help.
            - id: r3
              text: Only in a crisis.
              reverse: true
        themes:
          - id: blame
            name: Fear of blame
            about: Blame.
            items:
              - id: b1
                text: Blame one.
              - id: b2
                text: Blame two.
              - id: b3
                text: Blame three.
                reverse: true

        """,
        "checkin.yaml": """
        intro: Just for you.
        frequency_choices: [Never, Once, Sometimes, Often, Not sure]
        items:
          - id: safe
            scale: agree
            text: I feel safe.
          - id: afraid
            scale: frequency
            text: How often have you felt afraid?
        support:
          title: Support
          text: Talk to someone.
          note: Keep this list in mind.
        emergency: Call your local emergency number.
        shared:
          title: If home does not feel safe
          text: Talk to someone on your own first.
        regions:
          ANY: Everywhere
        resources:
          - name: Line
            region: ANY
            languages: [en]
            hours: any time
            reach:
              - call: "000"
            for: anyone
            source: https://example.org
            checked: 2026-11-27

        """,
        "pairing.yaml": """
        thresholds:
          not_now: 40
          ready: 65
          close_gap: 15
          wide_gap: 25
          far_gap: 40
          middle: 50
          theme_high: 55
          side_high: 60
          top_themes: 1
          min_answers:
            readiness: 2
            theme: 2
            side: 1
        bands:
          not-now:
            name: Not now
            summary: A real choice.
          open:
            name: Open to learning more
            summary: Open.
          ready:
            name: Ready to try
            summary: Willing.
        gaps:
          close: About the same
          apart: Somewhat apart
          far: Far apart
        labels:
          - id: ready-together
            name: Ready together
            when: both-ready
            summary: Both ready.
          - id: different-paces
            name: Different paces
            when: any
            summary: Apart.

        """,
        "cards.yaml": """
        cards:
          - id: couple-ready
            for: couple
            when:
              pairing: ready-together
            title: Ready
            text: You are ready.
            steps:
              - Book a call.
          - id: blame-card
            for: partner
            when:
              theme: blame
            title: Blame
            text: About blame.
            steps:
              - Ask how they work.

        """,
    ]

    /// The issues found in the fixture with `change` applied to `file`; none means it loaded.
    static func issues(changing file: String, _ change: @escaping (String) -> String) throws -> [ContentIssue] {
        let folder = try Self.folder(changing: file, change)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            _ = try ContentLoader.load(from: folder)
            return []
        } catch {
            return error.issues
        }
    }

    /// Writes the files, with `change` applied to one of them, into a new temporary folder.
    static func folder(changing file: String? = nil, _ change: (String) -> String = { $0 }) throws -> String {
        let folder = try ScratchFolder.make("samepage-content")
        for (name, text) in files {
            try Data((name == file ? change(text) : text).utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }

    /// The 1-based line of the first line containing `fragment` in a file of the fixture after `original`
    /// was replaced with `changed` in it.
    static func line(of fragment: String, in file: String, changed original: String, to changed: String) -> Int {
        files[file]!.replacingOccurrences(of: original, with: changed).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains(fragment) }! + 1
    }

    /// The 1-based line of the first line containing `fragment` in a file of the fixture.
    static func line(of fragment: String, in file: String) -> Int {
        files[file]!.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) }! + 1
    }
}
