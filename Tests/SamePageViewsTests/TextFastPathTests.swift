import Foundation
import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

/// The byte-level shortcuts taken for speed (issue 14) must give the same answers as the full checks,
/// for every character there is, not only the ones a person would think of.
@Suite("Text shortcuts agree with the full rules")
struct TextFastPathTests {
    static let allScalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)

    @Test("no unsafe character, alone or inside text, gets past the byte check of the safe-text function")
    func safeTextShortcut() {
        var missed: [UInt32] = []
        for scalar in Self.allScalars where SafeText.isUnsafe(scalar) {
            for text in [String(scalar), "é " + String(scalar) + " ok"] {
                if SafeText.shown(text).unicodeScalars.contains(where: SafeText.isUnsafe) { missed.append(scalar.value) }
                // Keeping line breaks, only "\n" itself may stay.
                let kept = SafeText.shown(text, keepingLines: true)
                if kept.unicodeScalars.contains(where: { $0 != "\n" && SafeText.isUnsafe($0) }) { missed.append(scalar.value) }
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(5).map { String($0, radix: 16) })")
        // The control: the check does find things to change.
        #expect(Self.allScalars.filter(SafeText.isUnsafe).count >= 90)
    }

    @Test("safe text comes back untouched, line breaks kept only when asked")
    func safeTextUntouched() {
        let text = "Prêt·e à essayer ? 🙂 Yes — “quoted” text\nsecond line"
        #expect(SafeText.shown(text, keepingLines: true) == text)
        #expect(SafeText.shown(text) == text.replacingOccurrences(of: "\n", with: "\u{240A}"))
    }

    @Test("ASCII text is measured as the character-by-character rule measures it")
    func widthShortcut() {
        for value in UInt8(0)...UInt8(127) {
            let character = Character(Unicode.Scalar(value))
            let full = character.unicodeScalars.reduce(0) { $0 + Character.width(of: $1) }
            #expect(character.displayWidth == full, "\(value)")
            #expect(String(repeating: character, count: 3).displayWidth == 3 * full, "\(value)")
        }
        // The single code points measured without the full rule.
        for scalar in Self.allScalars where Character.isPlainNarrow(scalar.value) {
            #expect(Character.width(of: scalar) == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(Character(scalar).displayWidth == 1)
        }
        #expect("ab🙂c".displayWidth == 5)
        // Where the C library's wcwidth, which ncurses places the cursor by, departs from the general rule.
        #expect(Character("\u{AD}").displayWidth == 1)
        #expect("🇫🇷".displayWidth == 2)
        #expect(Character("\u{4DC0}").displayWidth == 2)
        #expect("e\u{301}".displayWidth == 1)
    }

    @Test("trimming keeps the shortcut's answer for text with visible ends and trims the rest")
    func trimShortcut() {
        #expect("already trimmed".trimmedText == "already trimmed")
        #expect("  inside  ".trimmedText == "inside")
        #expect("\u{00A0}nbsp\u{2003}".trimmedText == "nbsp")
        #expect("\n\t".trimmedText == "")
        #expect("é ".trimmedText == "é")
    }

    @Test("the grid's shortcut for printable ASCII fills the same cells as placing each character alone")
    func gridShortcut() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let text = String(
                (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                    Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
                })
            let column = Int.random(in: 0...12, using: &generator), limit = Int.random(in: 1...25, using: &generator)
            var fast = Grid(width: 24, height: 1), slow = Grid(width: 24, height: 1)
            let used = fast.put(text, row: 0, column: column, style: .bold, tone: .accent, limit: limit)
            var x = column
            for character in text where x < min(24, column + limit) {
                slow.put(repeating: character, count: 1, row: 0, column: x, style: .bold, tone: .accent)
                x += 1
            }
            #expect(fast == slow, "\(text.debugDescription) at \(column), limit \(limit)")
            #expect(used == x - column)
        }
    }

    @Test("names: short printable ASCII comes back as it is; longer, spaced or other names take the full rules")
    func nameShortcut() {
        #expect(Names.clean("Alex", default: "A") == "Alex")
        #expect(Names.clean(String(repeating: "a", count: 40), default: "A").count == 40)
        #expect(Names.clean(String(repeating: "a", count: 41), default: "A").count == 40)
        #expect(Names.clean(" Sam ", default: "A") == "Sam")
        #expect(Names.clean("Sam\u{1B}[2J", default: "A") == "Sam[2J")
        #expect(Names.clean("   ", default: "Partner A") == "Partner A")
    }

    @Test("paths as text: joined, last part, folder, and dots worked out")
    func paths() {
        #expect(PathText.joined("dir", "a.yaml") == "dir/a.yaml")
        #expect(PathText.joined("dir/", "a.yaml") == "dir/a.yaml")
        #expect(PathText.joined("", "a.yaml") == "a.yaml")
        #expect(PathText.lastComponent("/x/y/a.yaml") == "a.yaml")
        #expect(PathText.lastComponent("x/y/") == "y")
        #expect(PathText.lastComponent("/") == "/")
        #expect(PathText.folder("/x/a.json") == "/x")
        #expect(PathText.folder("/a.json") == "/")
        #expect(PathText.folder("a.json") == "")
        #expect(PathText.standardized("/usr/bin/../share/./samepage/content") == "/usr/share/samepage/content")
        #expect(PathText.standardized("/../a") == "/a")
        #expect(PathText.standardized("../a/b/..") == "../a")
    }
}

@Suite("Filling in the interface sentences")
struct InterfaceTextTests {
    @Test("words in braces are filled in; other braces, and words not given, stay as they are")
    func fill() {
        let words = InterfaceText(texts: ["ready.prompt_couple": "{name}, {other} and {name} {", "x": "a {b{name}} }{"], language: "en")
        #expect(words(.readyPromptCouple, ["name": "Sam"]) == "Sam, {other} and Sam {")
        #expect(InterfaceText.fill("a {b{name}} }{", ["name": "N"]) == "a {bN} }{")
        #expect(InterfaceText.placeholders(in: "{a} {b{c}} {d") == ["a", "c"])
        #expect(InterfaceText.fill(String(repeating: "{", count: 10_000), ["name": "x"]).count == 10_000)
    }

    @Test("one and other forms follow the language: French counts 0 as one, English does not")
    func plural() {
        #expect(
            InterfaceText.isOne(1, language: "en") && !InterfaceText.isOne(0, language: "en") && !InterfaceText.isOne(2, language: "en"))
        #expect(InterfaceText.isOne(0, language: "fr") && InterfaceText.isOne(1, language: "fr") && !InterfaceText.isOne(2, language: "fr"))
    }
}
