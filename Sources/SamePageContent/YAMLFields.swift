import SamePageCore

/// Collects issues while a content folder is read, so one run reports every mistake it can find.
final class Diagnostics {
    private(set) var issues: [ContentIssue] = []

    func report(_ file: String, _ mark: Mark?, _ message: String) {
        issues.append(ContentIssue(file: file, line: mark?.line, column: mark?.column, message: message))
    }

    func report(_ file: String, line: Int, _ message: String) {
        issues.append(ContentIssue(file: file, line: line, message: message))
    }
}

/// A YAML mapping read field by field. Each accessor reports a missing, empty or mistyped field with its
/// place and returns nil, so reading goes on and finds the next mistake too.
struct Fields {
    let file: String
    let node: YAMLNode
    let pairs: [(key: String, keyMark: Mark?, value: YAMLNode)]
    let diagnostics: Diagnostics
    /// What this mapping is, for messages: "the theme 'blame'".
    var what: String

    /// Reads `node` as a mapping that may hold only `allowed` keys; reports anything else.
    init?(_ node: YAMLNode, file: String, what: String, allowed: [String], diagnostics: Diagnostics) {
        guard let mapping = node.mapping else {
            diagnostics.report(file, node.mark, "\(what) should be a set of fields (key: value).")
            return nil
        }
        self.file = file
        self.node = node
        self.what = what
        self.diagnostics = diagnostics
        pairs = mapping.map { (key: $0.key.string ?? "", keyMark: $0.key.mark, value: $0.value) }
        for pair in pairs where !allowed.contains(pair.key) {
            let known = allowed.map { "'\($0)'" }.joined(separator: ", ")
            // Never an empty list: "the fields are ." helps no one.
            diagnostics.report(
                file, pair.keyMark,
                allowed.isEmpty
                    ? "'\(pair.key)' is not expected in \(what)." : "'\(pair.key)' is not a field of \(what); the fields are \(known).")
        }
    }

    func value(_ key: String) -> YAMLNode? { pairs.first { $0.key == key }?.value }

    func mark(_ key: String) -> Mark? { value(key)?.mark ?? node.mark }

    private func missing(_ key: String) {
        diagnostics.report(file, node.mark, "\(what) needs a '\(key)' field.")
    }

    /// A required, non-empty line or paragraph of text.
    func text(_ key: String) -> String? {
        guard let value = value(key) else { missing(key); return nil }
        guard case .scalar(let scalar) = value, !Self.isNull(scalar) else {
            diagnostics.report(file, value.mark, "'\(key)' in \(what) should be text.")
            return nil
        }
        let text = SafeText.shown(scalar.string, keepingLines: true).trimmedText
        guard !text.isEmpty else {
            diagnostics.report(
                file, value.mark,
                "'\(key)' in \(what) is empty; write the text it should show (a # starts a comment unless the text is in quotes).")
            return nil
        }
        return text
    }

    /// YAML's ways of writing "nothing", when not quoted.
    static func isNull(_ scalar: YAMLNode.Scalar) -> Bool {
        scalar.plain && ["~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A required whole number within `range`.
    func number(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = value(key) else { missing(key); return nil }
        guard let number = value.int, range.contains(number) else {
            diagnostics.report(
                file, value.mark,
                "'\(key)' in \(what) should be a whole number from \(range.lowerBound) to \(range.upperBound)."
            )
            return nil
        }
        return number
    }

    /// An optional true/false flag; absent means false.
    func flag(_ key: String) -> Bool {
        guard let value = value(key) else { return false }
        guard let flag = value.bool else {
            diagnostics.report(file, value.mark, "'\(key)' in \(what) should be true or false.")
            return false
        }
        return flag
    }

    /// A required list with at least one entry.
    func list(_ key: String) -> [YAMLNode]? {
        guard let value = value(key) else { missing(key); return nil }
        guard case .sequence(let sequence, _) = value else {
            diagnostics.report(file, value.mark, "'\(key)' in \(what) should be a list (lines starting with '- ').")
            return nil
        }
        guard !sequence.isEmpty else {
            diagnostics.report(file, value.mark, "'\(key)' in \(what) is an empty list.")
            return nil
        }
        return sequence
    }

    /// A required list of non-empty texts.
    func texts(_ key: String) -> [String]? {
        guard let nodes = list(key) else { return nil }
        var texts: [String] = []
        for node in nodes {
            guard case .scalar(let scalar) = node,
                !scalar.string.trimmedText.isEmpty
            else {
                diagnostics.report(file, node.mark, "each entry of '\(key)' in \(what) should be non-empty text.")
                continue
            }
            texts.append(SafeText.shown(scalar.string, keepingLines: true).trimmedText)
        }
        return texts.count == nodes.count ? texts : nil
    }

    /// A required value from a fixed vocabulary.
    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, of type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = text(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            let known = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            diagnostics.report(file, mark(key), "'\(text)' is not a known value for '\(key)' in \(what); use one of \(known).")
            return nil
        }
        return value
    }

    /// A nested mapping.
    func fields(_ key: String, what nested: String, allowed: [String]) -> Fields? {
        guard let value = value(key) else { missing(key); return nil }
        return Fields(value, file: file, what: nested, allowed: allowed, diagnostics: diagnostics)
    }
}
