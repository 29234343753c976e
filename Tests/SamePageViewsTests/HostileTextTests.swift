import Foundation
import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

/// Text as an attacker would write it: escape sequences of every kind, direction overrides, hidden
/// characters and over-long clusters, in the one safe-text function, names, reports and JSON.
@Suite("Hostile text")
struct HostileTextTests {
    /// One of each kind of terminal command a file or a name could carry.
    static let sequences: [(String, String)] = [
        ("CSI clear screen", "\u{1B}[2J\u{1B}[H"),
        ("CSI colour", "\u{1B}[31;1m"),
        ("OSC 0 window title", "\u{1B}]0;owned\u{7}"),
        ("OSC 8 hyperlink", "\u{1B}]8;;https://example.invalid\u{1B}\\call now\u{1B}]8;;\u{1B}\\"),
        ("OSC 52 clipboard", "\u{1B}]52;c;cm0gLXJmIH4=\u{7}"),
        ("DCS", "\u{1B}Pq#0;2;0;0;0\u{1B}\\"),
        ("C1 CSI", "\u{9B}2J"),
        ("C1 OSC and ST", "\u{9D}0;owned\u{9C}"),
        ("bidi override", "\u{202E}evil\u{202C} \u{2067}isolate\u{2069}"),
        ("zero-width", "A\u{200B}l\u{2060}e\u{FEFF}x"),
        ("line breaks", "one\ntwo\rthree\u{2028}four"),
        ("backspace and delete", "abc\u{8}\u{8}\u{7F}"),
    ]

    static func isSafe(_ text: String) -> Bool { !text.unicodeScalars.contains(where: SafeText.isUnsafe) }

    @Test("the safe-text function leaves no control, bidi or hidden character, and shows what was there", arguments: sequences)
    func safeText(kind: String, text: String) {
        let shown = SafeText.shown("before " + text + " after")
        #expect(Self.isSafe(shown), "\(kind): \(shown.debugDescription)")
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) })
        #expect(shown.hasPrefix("before ") && shown.hasSuffix(" after"))
        if text.contains("\u{1B}") { #expect(shown.contains("␛"), "an escape is shown, not hidden") }
    }

    @Test("plain and international text passes through unchanged, emoji joiners included")
    func untouched() {
        for text in ["Zoë 🌱", "李雷", "👨‍👩‍👧‍👦 and 👍🏽", "שלום", "क्षि", "e\u{301}"] { #expect(SafeText.shown(text) == text) }
        #expect(SafeText.shown("one\ntwo", keepingLines: true) == "one\ntwo")
        #expect(SafeText.shown("one\ntwo") == "one␊two")
        #expect(SafeText.decoding([0x41, 0xFF, 0xC0, 0x80, 0x42]) == "A\u{FFFD}\u{FFFD}\u{FFFD}B", "invalid UTF-8 is shown as �")
    }

    @Test("names lose every kind of sequence", arguments: sequences)
    func names(kind: String, text: String) {
        let name = Names.clean("Sam" + text, default: "Partner A")
        #expect(Self.isSafe(name), "\(kind): \(name.debugDescription)")
        #expect(name.hasPrefix("Sam"))
    }

    @Test("a name is limited by clusters and by bytes, on loading and on typing")
    func nameLimits() {
        let marks = "a" + String(repeating: "\u{301}", count: 10_000)
        let loaded = Names.clean(marks + " Sam", default: "X")
        #expect(loaded.utf8.count <= Names.maximumBytes)
        #expect(loaded.isEmpty == false)
        #expect(Names.clean(String(repeating: "🌱", count: 100), default: "X").count == Names.maximumLength)
        #expect(Names.clean(String(repeating: "👨‍👩‍👧‍👦", count: 40), default: "X").utf8.count <= Names.maximumBytes)
        #expect(Names.clean("👨‍👩‍👧‍👦", default: "X") == "👨‍👩‍👧‍👦", "the joiners of an emoji sequence stay")

        var driver = AppDriver()
        driver.press(.character("2"))
        driver.type(marks)
        guard case .names(let form) = driver.app.phase else {
            Issue.record("expected the names screen")
            return
        }
        #expect(form.fields[0].utf8.count <= Names.maximumBytes, "typing stops at the byte limit")
        #expect(driver.screen.allSatisfy { $0.displayWidth <= 80 })
    }

    @Test("names in a report are words only: no HTML, link, image, heading or table break")
    func reportNames() {
        let hostile = [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[Call 555-0100](tel:5550100)",
            "![x](https://example.invalid/p.png)", "# Heading", "a | b", "**bold** _it_ `code`", "https://example.invalid",
            "www.example.invalid", "- item", "1. first", "&lt;b&gt;", "x@example.invalid",
        ]
        let a = Fixture.sheet("A", ["r1": 5, "r2": 5, "r3": 1, "r4": 5, "b1": 5, "b2": 5, "b3": 1, "p1": 5, "p2": 5, "p3": 5])
        let b = Fixture.sheet("B", ["r1": 1, "r2": 2, "r3": 5, "r4": 1, "b1": 5, "b2": 4, "b3": 1, "p1": 4, "p2": 5, "p3": 4])
        let guesses = [Dictionary(uniqueKeysWithValues: Fixture.readiness.items.map { ($0.id, Answer.level(3)) }), [:]]
        for name in hostile {
            var named = a
            named.name = Names.clean(name, default: "A")
            let results = Results(content: Fixture.content, sheets: [named, b], mode: .couple, guesses: guesses)
            let report = ReportMarkdown(results: results, content: Fixture.content, date: "2026-11-27").render()
            #expect(report.contains("Why this"), "the report has reasons built from names")
            for bad in [
                "<script", "<img", "](", "![", "# Heading", "**bold**", "`code`", "://", "www.example", "- - item", "- 1. first", "&lt;",
                "x@",
            ] {
                #expect(!Self.unescaped(bad, in: report), "\(name.debugDescription) left \(bad.debugDescription) in the report")
            }
            // The readiness table has four columns, so five bars a row, whatever the name holds.
            for line in report.split(separator: "\n") where line.hasPrefix("| A |") {
                #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 5, "the row keeps its columns")
            }
        }
    }

    /// Whether `pattern` occurs in `text` without a backslash just before it.
    static func unescaped(_ pattern: String, in text: String) -> Bool {
        text.ranges(of: pattern).contains { range in
            range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] != "\\"
        }
    }

    @Test("JSON output escapes control and direction characters")
    func json() {
        let text = JSONValue.string("a\u{1B}]0;x\u{7}b\u{9B}c\u{202E}d").serialized()
        #expect(Self.isSafe(text.replacingOccurrences(of: "\n", with: "")))
        #expect(text.contains("\\u001b") && text.contains("\\u009b") && text.contains("\\u202e"))
    }
}
