/// The letters that answer a question in a language (`letters` in interface.yaml: y/n in English, o/n in
/// French). A typed line takes them in either case; a box on the full screen takes the letter it shows.
extension InterfaceText {
    /// A label inside a sentence, cased as the language writes it (`typography.label_case`).
    public func inSentence(_ label: String) -> String { self(.typographyLabelCase) == "lower" ? label.lowercased() : label }

    public func letter(_ key: InterfaceKey) -> Character { self(key).first ?? "?" }

    /// True when a typed line is that letter.
    public func isLetter(_ line: String, _ key: InterfaceKey) -> Bool {
        line.count == 1 && line.lowercased() == String(letter(key)).lowercased()
    }
}
