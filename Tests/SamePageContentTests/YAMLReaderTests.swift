@testable import SamePageContent
import Testing

/// The YAML reader over libyaml: what a content file can say, and what it is refused for, in the words
/// and at the places Yams used before it (issue 14 replaced Yams to leave Foundation out).
@Suite("Reading YAML")
struct YAMLReaderTests {
    func compose(_ text: String) throws(YAMLComposer.Failure) -> YAMLNode? {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLComposer.Failure) in try YAMLComposer.compose(buffer) }
    }

    func depthFailure(_ text: String) -> Int? {
        do {
            _ = try compose(text)
        } catch {
            if case .tooDeep(let line) = error { return line }
        }
        return nil
    }

    func failure(_ text: String) -> YAMLFailure? {
        do {
            _ = try compose(text)
            return nil
        } catch {
            guard case .yaml(let failure) = error else { return nil }
            return failure
        }
    }

    func value(_ text: String) throws -> YAMLNode {
        try #require(compose("key: " + text)?.mapping?.first?.value)
    }

    @Test("lists, mappings and text keep their order and their places")
    func structure() throws {
        let root = try #require(try compose("a: one\nb:\n  - x\n  - 'y'\nc: {d: 2}\n"))
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.string } == ["a", "b", "c"])
        #expect(pairs[0].value.string == "one")
        #expect(pairs[1].value.sequence?.map(\.string) == ["x", "y"])
        #expect(pairs[1].value.sequence?[0].mark == Mark(line: 3, column: 5))
        #expect(pairs[2].value.mapping?.first?.value.int == 2)
        #expect(pairs[1].key.mark == Mark(line: 2, column: 1))
    }

    @Test(
        "whole numbers as YAML 1.1 writes them, and only unquoted",
        arguments: [
            ("40", 40), ("-3", -3), ("+7", 7), ("1_000", 1000), ("0x1F", 31), ("0o17", 15), ("017", 15), ("0b101", 5),
            ("1:30", 90), ("0", 0),
        ])
    func numbers(_ written: String, _ number: Int) throws {
        #expect(try value(written).int == number)
        #expect(try value("\"\(written)\"").int == nil)
    }

    @Test("what is not a whole number", arguments: ["forty", "4.5", "--4", "", "0x", "1:x", "99999999999999999999", "- 4"])
    func notNumbers(_ written: String) throws {
        #expect((try? value(written))?.int == nil)
    }

    @Test("true and false in YAML 1.1's words, unquoted")
    func flags() throws {
        for word in ["true", "True", "yes", "on"] { #expect(try value(word).bool == true) }
        for word in ["false", "FALSE", "no", "off"] { #expect(try value(word).bool == false) }
        #expect(try value("'true'").bool == nil)
        #expect(try value("!!str true").bool == nil)
        #expect(try value("!!str 5").int == nil)
        #expect(try value("maybe").bool == nil)
    }

    @Test("an empty file, or one of comments, holds no document")
    func empty() throws {
        #expect(try compose("") == nil)
        #expect(try compose("# only a comment\n\n") == nil)
    }

    @Test("a key given twice is named, at its first place")
    func repeatedKey() {
        let found = failure("b: 1\na: 2\nb: 3\na: 4\n")
        #expect(found?.problem == "a key appears twice (a, b)")
        #expect(found?.mark == Mark(line: 2, column: 1))
    }

    @Test("a repeated key is found in a long mapping too, where a set takes over from the list")
    func repeatedKeyInLongMapping() {
        let keys = (1...40).map { "k\($0): \($0)" }
        #expect(failure((keys + ["k3: again"]).joined(separator: "\n"))?.problem == "a key appears twice (k3)")
        #expect(failure((keys + ["k30: again"]).joined(separator: "\n"))?.mark == Mark(line: 30, column: 1))
        #expect(failure(keys.joined(separator: "\n")) == nil)
        #expect(failure((keys + ["k20: again", "k2: again"]).joined(separator: "\n"))?.problem == "a key appears twice (k2, k20)")
        #expect(failure((keys + ["k20: again", "k2: again"]).joined(separator: "\n"))?.mark == Mark(line: 2, column: 1))
    }

    @Test("many values without any alias are refused in their own words; thousands of repeated keys stay quick")
    func largeFiles() throws {
        let list = "[" + Array(repeating: "1", count: 120_000).joined(separator: ",") + "]"
        do {
            _ = try compose(list)
            Issue.record("120,000 values were read")
        } catch {
            guard case .tooManyValues(_, let aliases) = error else { Issue.record("\(error)"); return }
            #expect(!aliases)
        }
        // 20,000 keys, then each again: finding where each first appeared must not scan the whole mapping.
        let keys = (0..<20_000).map { "key\($0): 1" }
        let clock = ContinuousClock()
        let started = clock.now
        #expect(failure((keys + keys).joined(separator: "\n"))?.mark == Mark(line: 1, column: 1))
        #expect(clock.now - started < .seconds(5))
    }

    @Test("a second document is refused")
    func secondDocument() {
        let found = failure("a: 1\n---\nb: 2\n")
        #expect(found?.problem == "expected a single document in the stream, but found another document")
        #expect(found?.mark?.line == 2)
    }

    @Test("an alias to nothing is refused; one to an anchor stands for its value")
    func aliases() throws {
        #expect(failure("a: *nowhere\n")?.problem == "found undefined alias")
        let root = try #require(try compose("a: &x [1, 2]\nb: *x\n"))
        #expect(root.mapping?[1].value.sequence?.compactMap(\.int) == [1, 2])
    }

    @Test("libyaml's own words and place for a syntax error")
    func syntax() {
        let found = failure("a: [1, 2\nb: 3\n")
        #expect(found?.problem.contains("expected ',' or ']'") == true, "\(String(describing: found))")
        #expect(found?.mark != nil)
    }

    @Test("nesting past the limit is refused at its line, by brackets or by indentation; up to it is read")
    func deep() throws {
        let limit = YAMLComposer.deepest
        // The outermost list is level 0, so limit + 1 lists fit and one more does not.
        let brackets = { (count: Int) in String(repeating: "[", count: count) + String(repeating: "]", count: count) }
        #expect(depthFailure(brackets(limit + 2)) == 1)
        #expect(try compose(brackets(limit + 1)) != nil)
        #expect(depthFailure("a: 1\nb: " + String(repeating: "[", count: 100_000)) == 2)
        // One key per line, each indented under the one before: block nesting counts the same.
        let indented = (0...limit).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n"
        #expect(depthFailure(indented) == limit + 1)
        #expect(try compose((0..<limit).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n") != nil)
    }
}
