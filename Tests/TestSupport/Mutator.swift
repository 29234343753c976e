import Foundation

/// A small seeded generator (SplitMix64), so every fuzz run can be repeated exactly.
public struct SeededGenerator: RandomNumberGenerator {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Breaks text files the ways people and tools break them: flipped bytes, lost or doubled lines, stray
/// YAML and JSON punctuation, tabs, truncation, deep nesting and bytes that are not UTF-8.
public enum Mutator {
    static let tokens = [
        ":", "- ", "\t", "&a ", "*a", "{", "[", "]", "}", "!!binary ", "~", "99999999999999999999999", "\u{0}", "\"",
        "'", "#", "\n  - ", "? ", "|", ">", "-1", "null", "true", ",", "\\u0000", "\u{202E}", "\u{1B}[2J",
    ]

    public static func mutate(_ data: Data, using random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            bytes = once(bytes, using: &random)
        }
        return Data(bytes)
    }

    private static func once(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        guard !bytes.isEmpty else { return Array(tokens.randomElement(using: &random)!.utf8) }
        var bytes = bytes
        let at = Int.random(in: 0..<bytes.count, using: &random)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let line = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
        case 1: lines.remove(at: line); return join(lines)
        case 2: lines.insert(lines[line], at: line); return join(lines)
        case 3: bytes.insert(contentsOf: Array(tokens.randomElement(using: &random)!.utf8), at: at)
        case 4: bytes.removeSubrange(at...)
        case 5:
            let other = Int.random(in: 0..<lines.count, using: &random)
            lines.swapAt(line, other)
            return join(lines)
        case 6: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: 300), at: at)
        case 7: bytes.insert(contentsOf: [0xFF, 0xFE, 0xC0], at: at)
        default:
            lines[line] = Array(repeating: UInt8(ascii: " "), count: Int.random(in: 0...200, using: &random)) + lines[line]
            return join(lines)
        }
        return bytes
    }

    private static func join(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// How many cases to run: a modest number in the test command, more with SAMEPAGE_FUZZ_COUNT.
    public static var count: Int {
        ProcessInfo.processInfo.environment["SAMEPAGE_FUZZ_COUNT"].flatMap(Int.init) ?? 300
    }

    public static var seed: UInt64 {
        ProcessInfo.processInfo.environment["SAMEPAGE_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_126
    }
}
