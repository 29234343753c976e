import Foundation
import Testing
import TestSupport
@testable import SamePageCore
@testable import SamePageViews

/// Wrapping and the grid writer over random Unicode at every width from 1 to 200: each call ends, no line
/// is wider than asked, and no text is lost except a cluster too wide for the line.
@Suite("Wrapping and grid properties")
struct WrapPropertyTests {
    /// The kinds of text that have broken terminal programs: each a list of clusters to pick from.
    static let classes: [[String]] = [
        ["a", "Z", "7", ".", "—", "’"],  // plain
        ["é", "e\u{301}", "n\u{303}\u{323}", "Å"],  // accents, precomposed and combining
        ["我", "愿", "한", "ｶ", "Ｗ"],  // wide CJK and fullwidth
        ["🌱", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇨🇦", "❤️"],  // emoji: skin tones, ZWJ sequences, flags, VS16
        ["我" + String(repeating: "\u{301}", count: 40), "a" + String(repeating: "\u{489}", count: 12)],  // heavy marks
        ["\u{200B}", "\u{200D}", "\u{FEFF}", "\u{202E}", "\u{2066}"],  // zero-width and direction controls
        ["\u{1B}", "\u{9B}", "\u{7}", "\t", "\r"],  // control characters
        ["ا", "ש", "ก\u{E34}", "क्षि"],  // right-to-left and Indic clusters
    ]

    static func randomText(using random: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...60, using: &random) {
            if Int.random(in: 0..<6, using: &random) == 0 {
                text += Bool.random(using: &random) ? " " : "\n"
                continue
            }
            let kind = classes.randomElement(using: &random)!
            text += String(repeating: kind.randomElement(using: &random)!, count: Int.random(in: 1...3, using: &random))
        }
        return text
    }

    /// Failures found on another thread, read back by the test.
    final class Findings: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ item: String) { lock.withLock { items.append(item) } }
        var all: [String] { lock.withLock { items } }
    }

    /// Runs `body` on a thread of its own and says whether it ended within `seconds`, so a loop that never
    /// ends fails the test instead of hanging the whole run.
    static func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        return done.wait(timeout: .now() + seconds) == .success
    }

    /// The clusters a line shows that came from the input whole, in order; spaces and breaks excepted.
    static func clusters(_ lines: [String], from input: Set<Character>, fitting width: Int) -> [Character] {
        lines.flatMap { Array($0) }.filter { $0 != " " && $0 != "\n" && input.contains($0) && $0.displayWidth <= width }
    }

    @Test("a phone number is never split between its groups of digits, where it fits on a line")
    func numbersStayWhole() {
        #expect(wrapColumns("Call 0800 999 5428 at any time.", width: 16) == ["Call", "0800 999 5428 at", "any time."])
        #expect(wrapColumns("Appelez le 1 866 277 3553.", width: 15) == ["Appelez le", "1 866 277 3553."])
        // Longer than a line: it wraps between its groups, as other words do.
        #expect(wrapColumns("1 866 277 3553", width: 6) == ["1 866", "277", "3553"])
    }

    @Test("wrapping ends, fits every width from 1 to 200, and loses nothing but clusters wider than the line")
    func wrapping() {
        let findings = Findings()
        let ended = Self.finishes(within: 120) {
            var random = SeededGenerator(state: 10)
            for _ in 0..<60 {
                let text = Self.randomText(using: &random)
                let input = Set(text)
                for width in 1...200 {
                    let lines = wrapColumns(text, width: width)
                    for line in lines where line.displayWidth > width {
                        findings.add("width \(width): \(line.debugDescription) is too wide")
                    }
                    let expected = Self.clusters([text], from: input, fitting: width)
                    if Self.clusters(lines, from: input, fitting: width) != expected {
                        findings.add("width \(width): text lost from \(text.debugDescription)")
                    }
                }
            }
        }
        #expect(ended, "wrapping did not end within two minutes")
        #expect(findings.all.isEmpty, "\(findings.all.prefix(5))")
    }

    @Test("a cluster wider than the line gets a line of its own, cut to the width")
    func overWideCluster() {
        let heavy = "我" + String(repeating: "\u{301}", count: 10_000)
        let ended = Self.finishes(within: 10) { _ = wrapColumns("Name: \(heavy) ok", width: 1) }
        #expect(ended, "the wrapper looped on a cluster wider than the line")
        guard ended else { return }
        #expect(wrapColumns("ab \(heavy) cd", width: 1) == ["a", "b", "c", "d"])
        #expect(wrapColumns("ab \(heavy) cd", width: 2) == ["ab", heavy, "cd"])
        #expect(wrapColumns("👨‍👩‍👧‍👦 a", width: 5) == ["👨‍👩‍", "a"])
        #expect(wrapColumns("x 👨‍👩‍👧‍👦", width: 5) == ["x", "👨‍👩‍"])
        #expect(wrapColumns("👨‍👩‍👧‍👦x y", width: 5) == ["👨‍👩‍", "x y"], "nothing shares the cut cluster's line")
        #expect(wrapColumns("a\n\nb", width: 5) == ["a", "", "b"], "empty paragraphs stay")
    }

    @Test("the grid writer ends, stays inside the row and the limit, and writes no control character")
    func grid() {
        let findings = Findings()
        let ended = Self.finishes(within: 120) {
            var random = SeededGenerator(state: 11)
            for _ in 0..<60 {
                let text = Self.randomText(using: &random)
                for width in 1...200 {
                    var grid = Grid(width: width, height: 2)
                    let used = grid.put(text, row: 0, column: 0)
                    let limited = grid.put(text, row: 1, column: width / 3, limit: width / 2)
                    if used > width || limited > width / 2 { findings.add("width \(width): wrote \(used), \(limited)") }
                    for line in grid.lines {
                        if line.displayWidth > width { findings.add("width \(width): \(line.debugDescription) is too wide") }
                        if line.unicodeScalars.contains(where: SafeText.isUnsafe) { findings.add("control in \(line.debugDescription)") }
                    }
                }
            }
        }
        #expect(ended, "the grid writer did not end within two minutes")
        #expect(findings.all.isEmpty, "\(findings.all.prefix(5))")
    }
}
