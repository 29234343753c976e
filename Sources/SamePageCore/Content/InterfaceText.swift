/// The program's own sentences (screens, prompts, messages), from `content/interface.yaml`, so that a
/// practice can reword them and a language can have its own. Each is found by an `InterfaceKey`; words in
/// braces (`{name}`) are filled in by the program, and the loader has checked that every text uses exactly
/// the ones its key provides.
public struct InterfaceText: Sendable, Equatable {
    /// Text by key; a counted text has one entry per form, under "key.one" and "key.other".
    public var texts: [String: String]
    /// The language's code ("en", "fr"): which form a count takes.
    public var language: String

    public init(texts: [String: String], language: String) {
        self.texts = texts
        self.language = language
    }

    /// The text of `key` with its placeholders filled in from `values`.
    public func callAsFunction(_ key: InterfaceKey, _ values: [String: String] = [:]) -> String {
        // Every word the key declares (a value shared with another sentence may come too): a missing or
        // misspelt one fails every test that reaches this call (debug builds), rather than showing "{name}".
        assert(key.placeholders.isSubset(of: values.keys), "\(key.key) fills \(key.placeholders.sorted()), not \(values.keys.sorted())")
        return Self.fill(texts[key.key] ?? "{\(key.key)}", values)
    }

    /// A counted text in the form its number takes in this language, `{count}` filled in with it.
    public func callAsFunction(_ key: InterfaceKey, count: Int, _ values: [String: String] = [:]) -> String {
        let form = Self.isOne(count, language: language) ? "one" : "other"
        assert(key.placeholders.subtracting(["count"]).isSubset(of: values.keys), "\(key.key) fills \(key.placeholders.sorted())")
        var values = values
        values["count"] = String(count)
        return Self.fill(texts[key.key + "." + form] ?? "{\(key.key)}", values)
    }

    /// English says "1 question" and "0 questions"; French says "0 question" and "1 question" alike.
    static func isOne(_ count: Int, language: String) -> Bool {
        language == "fr" ? (0...1).contains(count) : count == 1
    }

    /// `text` with each `{word}` that `values` names replaced; any other brace is left as it is.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        return pieces(of: text).map { piece in
            switch piece {
            case .text(let text): String(text)
            case .placeholder(let word): values[word] ?? "{\(word)}"
            }
        }.joined()
    }

    /// The `{word}` placeholders a text uses, in order (for checking a text against its key).
    public static func placeholders(in text: String) -> [String] {
        pieces(of: text).compactMap { if case .placeholder(let word) = $0 { word } else { nil } }
    }

    enum Piece {
        case text(Substring)
        case placeholder(String)
    }

    /// Text and `{word}` placeholders, in order; a brace that does not close one stays text. One pass over
    /// the text, so it ends for every input.
    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = text[...]
        var start = rest.startIndex
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}" else {
                rest = rest[afterOpen...]
                continue
            }
            pieces.append(.text(text[start..<open]))
            pieces.append(.placeholder(String(rest[afterOpen..<close])))
            rest = rest[rest.index(after: close)...]
            start = rest.startIndex
        }
        pieces.append(.text(text[start...]))
        return pieces
    }
}
