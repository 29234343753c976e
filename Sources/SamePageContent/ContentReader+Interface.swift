import SamePageCore

extension ContentReader {
    /// interface.yaml: `language`, then sections of texts by name, each text checked against its
    /// `InterfaceKey`: no unknown or missing text, and exactly the `{words}` the program fills in.
    func readInterface(_ file: Fields?) -> InterfaceText? {
        guard let file else { return nil }
        let language = file.text("language")
        if let language, !(language.count == 2 && language.allSatisfy { ("a"..."z").contains($0) }) {
            diagnostics.report(file.file, file.mark("language"), "'language' in interface.yaml should be a two-letter code, like 'en' or 'fr'.")
        }
        var texts: [String: String] = [:]
        var complete = true
        let keys = Dictionary(grouping: InterfaceKey.allCases) { $0.place.section }
        for pair in file.pairs where pair.key != "language" {
            guard let sectionKeys = keys[pair.key] else { continue }
            let names = sectionKeys.map(\.place.name)
            guard let section = Fields(pair.value, file: file.file, what: "the section '\(pair.key)'", allowed: names, diagnostics: diagnostics)
            else { complete = false; continue }
            for key in sectionKeys where section.value(key.place.name) != nil {
                guard let text = section.text(key.place.name), check(text, for: key, in: section) else { complete = false; continue }
                texts[key.rawValue] = text
            }
        }
        for key in InterfaceKey.allCases where texts[key.rawValue] == nil && complete {
            diagnostics.report(file.file, file.node.mark, "interface.yaml needs the text '\(key.place.name)' in its section '\(key.place.section)'.")
            complete = false
        }
        guard complete, let language else { return nil }
        return InterfaceText(texts: texts, language: language)
    }

    /// Whether `text` uses exactly the words the program fills in for `key`; reports it where it does not.
    private func check(_ text: String, for key: InterfaceKey, in section: Fields) -> Bool {
        let used = Set(InterfaceText.placeholders(in: text))
        let known = key.placeholders.sorted().map { "{\($0)}" }.joined(separator: " and ")
        if let unknown = used.subtracting(key.placeholders).sorted().first {
            let can = key.placeholders.isEmpty ? "this text has no words filled in" : "this text can use \(known)"
            diagnostics.report(section.file, section.mark(key.place.name), "{\(unknown)} in '\(key.rawValue)' is not a word samepage fills in; \(can).")
            return false
        }
        if !key.placeholders.isSubset(of: used) {
            diagnostics.report(section.file, section.mark(key.place.name), "'\(key.rawValue)' should use \(known), which samepage fills in; each may move, but none may go.")
            return false
        }
        return true
    }
}
