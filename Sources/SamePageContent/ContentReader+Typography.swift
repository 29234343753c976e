import SamePageCore

extension ContentReader {
    /// Holds every text of a set to its language's punctuation, written once in interface.yaml as
    /// `typography.label` ("{label}: {value}", or in French "{label} : {value}" with a no-break space): the
    /// space before a colon is the label's; nothing goes before ";", "?" or "!"; « and » hold no-break spaces.
    /// Web addresses ("://") and times ("3:30") are left alone.
    func checkTypography(_ roots: [String: YAMLNode], interface: InterfaceText) {
        if !["lower", "as written"].contains(interface(.typographyLabelCase)), let file = roots["interface.yaml"] {
            diagnostics.report(path("interface.yaml"), file.mark, "typography.label_case should be 'lower' or 'as written'.")
        }
        let separator = interface(.typographyLabel, ["label": "", "value": ""])
        guard let colon = separator.firstIndex(of: ":") else { return }
        let noBreak: Set<Character> = ["\u{00A0}", "\u{202F}"]
        let spaced = !separator[..<colon].isEmpty
        for (name, root) in roots.sorted(by: { $0.key < $1.key }) {
            for scalar in root.textValues {
                let text = Array(scalar.string)
                for (index, character) in text.enumerated() {
                    let before: Character? = index > 0 ? text[index - 1] : nil
                    let after: Character? = index + 1 < text.count ? text[index + 1] : nil
                    var problem: String?
                    switch character {
                    case ":":
                        if after == "/" || (before?.isNumber == true && after?.isNumber == true) || before == nil { continue }
                        let hasNoBreak = before.map(noBreak.contains) == true
                        if spaced && !hasNoBreak {
                            problem = "a colon takes a no-break space before it, as typography.label in interface.yaml writes it"
                        } else if !spaced && (hasNoBreak || before?.isWhitespace == true) {
                            problem = "a colon takes no space before it, as typography.label in interface.yaml writes it"
                        }
                    case ";", "?", "!":
                        if before?.isWhitespace == true { problem = "nothing goes before '\(character)': remove the space" }
                    case "«":
                        if after.map(noBreak.contains) != true { problem = "« takes a no-break space after it" }
                    case "»":
                        if before.map(noBreak.contains) != true { problem = "» takes a no-break space before it" }
                    default: continue
                    }
                    guard let problem else { continue }
                    let excerpt = String(text[max(0, index - 25)..<min(text.count, index + 6)])
                    diagnostics.report(path(name), scalar.mark, "\(problem) (\"…\(SafeText.shown(excerpt))…\").")
                }
            }
        }
    }
}

extension YAMLNode {
    /// Every scalar that is a value, not a key, in document order.
    var textValues: [Scalar] {
        switch self {
        case .scalar(let scalar): [scalar]
        case .sequence(let items, _): items.flatMap(\.textValues)
        case .mapping(let pairs, _): pairs.flatMap(\.value.textValues)
        }
    }
}
