import Foundation
import SamePageContent
import SamePageCore
import Testing

/// The section on how therapy comes up, as `validate` checks it: mirrored pairs, complete, on both sides.
@Suite("How therapy comes up: content rules")
struct PatternContentTests {
    /// Two pairs, one on each side, each asked about the person and about their partner.
    static let section = """
        pattern:
          name: How it comes up
          about: Both sides of it.
          items:
            - id: p-raise-me
              pair: raise
              side: raise
              who: me
              text: I bring it up.
            - id: p-raise-partner
              pair: raise
              side: raise
              who: partner
              text: My partner brings it up.
            - id: p-quiet-me
              pair: quiet
              side: step-back
              who: me
              text: I go quiet.
            - id: p-quiet-partner
              pair: quiet
              side: step-back
              who: partner
              text: My partner goes quiet.

        """

    /// The fixture with the section before its themes, then `change` applied to it.
    func issues(_ change: @escaping (String) -> String = { $0 }) throws -> [ContentIssue] {
        try MinimalContent.issues(changing: "questions.yaml") {
            change($0.replacingOccurrences(of: "themes:", with: Self.section + "themes:"))
        }
    }

    @Test("a section of complete pairs on both sides loads, each item with its side and whose it is")
    func loads() throws {
        #expect(try issues() == [])
        let folder = try MinimalContent.folder(changing: "questions.yaml") {
            $0.replacingOccurrences(of: "themes:", with: Self.section + "themes:")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = try ContentLoader.load(from: folder)
        let roles = try #require(content.pattern).items.compactMap(\.pattern)
        #expect(roles.map(\.side) == [.raise, .raise, .stepBack, .stepBack])
        #expect(roles.map(\.who) == [.me, .partner, .me, .partner])
        #expect(content.questions.map(\.item.id).contains("p-quiet-partner"))
    }

    @Test(
        "each mistake is named, with what to do",
        arguments: [
            // A pair with one item: the partner's side is never asked about.
            (
                "    - id: p-raise-partner\n      pair: raise\n      side: raise\n      who: partner\n      text: My partner brings it up.\n",
                "",
                "the pair 'raise' in the section on how therapy comes up needs exactly two items, one with 'who: me' and one with 'who: partner'"
            ),
            // Both items of a pair about the person answering.
            (
                "      who: partner\n      text: My partner brings it up.", "      who: me\n      text: My partner brings it up.",
                "needs exactly two items, one with 'who: me' and one with 'who: partner'"
            ),
            // The two items of a pair on different sides.
            (
                "      side: step-back\n      who: partner", "      side: raise\n      who: partner",
                "the two items of the pair 'quiet' in the section on how therapy comes up should have the same 'side'"
            ),
            (
                "      who: me\n      text: I go quiet.", "      who: someone\n      text: I go quiet.",
                "'someone' is not a known value for 'who'"
            ),
            ("      side: raise\n      who: me", "      side: up\n      who: me", "'up' is not a known value for 'side'"),
        ] as [(String, String, String)])
    func mistake(replace: String, with: String, message: String) throws {
        #expect(Self.section.contains(replace), "the case must change something")
        let found = try issues { $0.replacingOccurrences(of: replace, with: with) }
        #expect(found.contains { $0.message.contains(message) && $0.file.hasSuffix("questions.yaml") }, "\(found)")
    }

    @Test("a section that asks about one side only is refused: both sides of the pattern are always asked about")
    func bothSides() throws {
        let oneSide = Self.section.replacingOccurrences(of: "side: step-back", with: "side: raise")
        let found = try MinimalContent.issues(changing: "questions.yaml") {
            $0.replacingOccurrences(of: "themes:", with: oneSide + "themes:")
        }
        #expect(found.contains { $0.message.contains("asks about only one side; add a pair for 'step-back'") }, "\(found)")
    }

    @Test("a card chosen by a side needs the section, and a card for one person")
    func sideRules() throws {
        let card =
            "cards:\n  - id: raise-card\n    for: partner\n    when:\n      side: raise\n    title: T\n    text: T.\n    steps: [S.]\n"
        let withoutSection = try MinimalContent.issues(changing: "cards.yaml") { $0.replacingOccurrences(of: "cards:\n", with: card) }
        #expect(
            withoutSection.contains { $0.message.contains("uses 'side', but questions.yaml has no 'pattern' section") }, "\(withoutSection)"
        )
        let forCouple = card.replacingOccurrences(of: "for: partner", with: "for: couple")
        let couple = try MinimalContent.issues(changing: "cards.yaml") { $0.replacingOccurrences(of: "cards:\n", with: forCouple) }
        #expect(couple.contains { $0.message.contains("uses 'side', which needs a card for one person, not 'couple'") }, "\(couple)")
    }

    @Test("the shipped section: every pair complete, both sides, the same ids and roles in every language")
    func shipped() throws {
        let sets = ContentSets.folders(in: shippedFolder).map { try? ContentLoader.load(from: $0) }
        let roles = sets.map { $0?.pattern?.items.map { "\($0.id) \($0.pattern!.pair) \($0.pattern!.side) \($0.pattern!.who)" } }
        #expect(roles.count == 2 && roles[0] != nil && roles[0] == roles[1])
        let section = try #require(sets.first??.pattern)
        #expect(Set(section.items.compactMap(\.pattern?.side)) == Set(PatternSide.allCases))
        #expect(sets.first??.questions.count ?? 0 <= 45, "at most as many questions per person as before the section")
    }
}

/// A theme that does not fit everyone asks one question first; `validate` checks it, and the guesses.
@Suite("Questions: a gate before a theme, and the items the guesses ask about")
struct GateContentTests {
    static let gate = "    about: Blame.\n    gate:\n      id: blame-gate\n      text: I have felt blamed before.\n"

    func issues(_ change: @escaping (String) -> String) throws -> [ContentIssue] {
        try MinimalContent.issues(changing: "questions.yaml") { change($0) }
    }

    @Test("a gate loads as the theme's first question, answered but never one of its items")
    func loads() throws {
        #expect(try issues { $0.replacingOccurrences(of: "    about: Blame.\n", with: Self.gate) } == [])
        let folder = try MinimalContent.folder(changing: "questions.yaml") {
            $0.replacingOccurrences(of: "    about: Blame.\n", with: Self.gate)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = try ContentLoader.load(from: folder)
        #expect(content.theme("blame")?.gate?.text == "I have felt blamed before.")
        #expect(content.questions.map(\.item.id) == ["r1", "r2", "r3", "blame-gate", "b1", "b2", "b3"])
        #expect(content.gatedItemIDs == ["b1", "b2", "b3"])
    }

    @Test(
        "each mistake is named, with what to do",
        arguments: [
            (
                "    about: Blame.\n", "    about: Blame.\n    not_applicable: Not for me\n",
                "'not_applicable' (a sixth choice on every item) is replaced by 'gate'"
            ),
            (
                "    about: Blame.\n", "    about: Blame.\n    gate:\n      id: blame-gate\n",
                "the gate question of the theme 'blame' needs a 'text' field"
            ),
            ("    about: Blame.\n", "    about: Blame.\n    gate:\n      id: b1\n      text: Again.\n", "the id 'b1' is already used"),
            ("      text: I would go.\n", "      text: I would go.\n      guess: true\n      reverse: false\n", ""),
        ] as [(String, String, String)])
    func mistake(replace: String, with: String, message: String) throws {
        let found = try issues { $0.replacingOccurrences(of: replace, with: with) }
        if message.isEmpty {
            #expect(found == [], "a guess item is fine: \(found)")
        } else {
            #expect(found.contains { $0.message.contains(message) }, "\(found)")
        }
    }

    @Test("the guesses ask about at most three readiness items")
    func guesses() throws {
        let four = try issues { text in
            ["r1", "r2", "r3"].reduce(text) { $0.replacingOccurrences(of: "- id: \($1)\n", with: "- id: \($1)\n      guess: true\n") }
                .replacingOccurrences(
                    of: "      reverse: true\nthemes:",
                    with: "      reverse: true\n    - id: r4\n      text: Four.\n      guess: true\nthemes:")
        }
        #expect(
            four.contains { $0.message.contains("marks 4 items with 'guess: true'; the round of guesses asks about at most 3") }, "\(four)")
    }
}

/// The question a person alone answers about their partner, and the cards it chooses.
@Suite("Questions: the question about the partner, alone")
struct SoloPartnerContentTests {
    static let question = """
        solo_partner:
          id: solo-partner
          name: About your partner
          text: Does your partner know?
          choices:
            open: Open
            declines: Declines
            unaware: Unaware

        """

    @Test("it loads, and a 'stance' card needs it, names a known stance, and is for 'solo'")
    func rules() throws {
        let folder = try MinimalContent.folder(changing: "questions.yaml") { Self.question + $0 }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = try ContentLoader.load(from: folder)
        #expect(content.soloPartner?.choices == ["Open", "Declines", "Unaware"])
        #expect(
            content.questions(for: .solo).first?.item.id == "solo-partner"
                && content.questions(for: .couple).count == content.questions.count)
        let card =
            "cards:\n  - id: stance-card\n    for: solo\n    when:\n      stance: declines\n    title: T\n    text: T.\n    steps: [S.]\n"
        let without = try MinimalContent.issues(changing: "cards.yaml") { $0.replacingOccurrences(of: "cards:\n", with: card) }
        #expect(without.contains { $0.message.contains("uses 'stance', but questions.yaml has no 'solo_partner' question") }, "\(without)")
        let wrong = try MinimalContent.issues(changing: "cards.yaml") {
            $0.replacingOccurrences(of: "cards:\n", with: card.replacingOccurrences(of: "stance: declines", with: "stance: maybe"))
        }
        #expect(
            wrong.contains { $0.message.contains("'stance' in the rule of the card 'stance-card' should name what a person alone said") },
            "\(wrong)")
        let couple = try MinimalContent.issues(changing: "cards.yaml") {
            $0.replacingOccurrences(of: "cards:\n", with: card.replacingOccurrences(of: "for: solo", with: "for: partner"))
        }
        #expect(couple.contains { $0.message.contains("uses 'stance', which only applies to cards for 'solo'") }, "\(couple)")
    }
}
