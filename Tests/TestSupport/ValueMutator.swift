import Foundation

/// Structure-aware mutation: keeps a JSON or YAML file well-formed and changes the values inside it, to
/// long strings, odd Unicode (escape sequences, direction overrides, over-wide clusters, lone surrogates)
/// and numbers at the edges. Byte mutation finds the parser's weak spots; this finds the checker's.
public enum ValueMutator {
    public enum Format: Sendable { case json, yaml }

    /// Text that has broken terminal programs, each as it is (escaped for the format when written).
    static let oddText = [
        "\u{1B}]0;owned\u{7}", "\u{1B}]52;c;aGk=\u{7}", "\u{1B}[2J", "\u{1B}Pq\u{1B}\\", "\u{9B}2J", "\u{202E}evil",
        "A\u{200B}B\u{FEFF}", String(repeating: "\u{1100}", count: 300), "我" + String(repeating: "\u{301}", count: 5_000),
        "👨‍👩‍👧‍👦" + String(repeating: "🏽", count: 50), "\u{0}", "", " ", "\n", String(repeating: "a", count: 100_000),
        "<script>alert(1)</script>", "[call](tel:5550100)", "null", "~", "1", "-",
    ]

    static let jsonOnly = [
        "\"\\ud800\"", "\"\\udfff\\ud800\"", "-1", "0", "5", "6", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "1e308", "1.5", "-0", "true", "null", "[]", "{}", "[[[[[[[[]]]]]]]]",
    ]

    static let yamlOnly = [
        "-1", "0", "1", "100", "101", "9223372036854775807", "99999999999999999999", "1e308", ".nan", "0x10",
        "1_000", "~", "null", "[]", "{}", "\"\"", "!!binary AAAA", "*nowhere", "&anchor x", "|", ">-", "yes",
    ]

    public static func mutate(_ data: Data, format: Format, using random: inout SeededGenerator) -> Data {
        var text = String(decoding: data, as: UTF8.self)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let spans = format == .json ? jsonValues(text) : yamlValues(text)
            guard let span = spans.randomElement(using: &random) else { break }
            text.replaceSubrange(span, with: replacement(format, using: &random))
        }
        return Data(text.utf8)
    }

    static func replacement(_ format: Format, using random: inout SeededGenerator) -> String {
        if Bool.random(using: &random) {
            let odd = oddText.randomElement(using: &random)!
            return format == .json ? jsonQuoted(odd) : yamlQuoted(odd)
        }
        return (format == .json ? jsonOnly : yamlOnly).randomElement(using: &random)!
    }

    static func jsonQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// YAML's double-quoted style, where every control character can be written as an escape.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FEFF}":
                out += String(format: "\\x%02x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The ranges of JSON values that are strings or numbers, keys left alone.
    static func jsonValues(_ text: String) -> [Range<String.Index>] {
        var spans: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                var end = text.index(after: index)
                while end < text.endIndex, text[end] != "\"" {
                    end =
                        text[end] == "\\" ? text.index(end, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex : text.index(after: end)
                }
                guard end < text.endIndex else { break }
                let after = text.index(after: end)
                let isKey = text[after...].first { !$0.isWhitespace } == ":"
                if !isKey { spans.append(index..<after) }
                index = after
            } else if character == "-" || character.isNumber {
                let end = text[index...].firstIndex { !("0123456789.eE+-".contains($0)) } ?? text.endIndex
                spans.append(index..<end)
                index = end
            } else {
                index = text.index(after: index)
            }
        }
        return spans
    }

    /// The ranges of YAML values after "key: ", in block and flow mappings alike, up to the line's end, a
    /// comma or a closing bracket (a quoted value to its closing quote).
    static func yamlValues(_ text: String) -> [Range<String.Index>] {
        var spans: [Range<String.Index>] = []
        var search = text.startIndex
        while let colon = text.range(of: ": ", range: search..<text.endIndex) {
            let start = colon.upperBound
            search = start
            guard start < text.endIndex else { break }
            var end = start
            if text[start] == "\"" {
                end = text.index(after: start)
                while end < text.endIndex, text[end] != "\"", text[end] != "\n" {
                    end =
                        text[end] == "\\" ? text.index(end, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex : text.index(after: end)
                }
                if end < text.endIndex, text[end] == "\"" { end = text.index(after: end) }
            } else {
                end = text[start...].firstIndex { "\n,}]".contains($0) } ?? text.endIndex
            }
            if end > start, !"|>#{[".contains(text[start]) { spans.append(start..<end) }
        }
        return spans
    }
}
