import SamePageCore

extension ContentReader {
    /// interface.yaml: `language`, then sections of texts by name, each text checked against its
    /// `InterfaceKey`: no unknown or missing text, and exactly the `{words}` the program fills in.
    func readInterface(_ file: Fields?) -> InterfaceText? {
        guard let file else { return nil }
        let language = file.text("language")
        if let language, !(language.count == 2 && language.allSatisfy { ("a"..."z").contains($0) }) {
            diagnostics.report(
                file.file, file.mark("language"), "'language' in interface.yaml should be a two-letter code, like 'en' or 'fr'.")
        }
        var texts: [String: String] = [:]
        var complete = true
        let keys = Dictionary(grouping: InterfaceKey.allCases) { $0.place.section }
        for pair in file.pairs where pair.key != "language" {
            guard let sectionKeys = keys[pair.key] else {
                diagnostics.report(
                    file.file, pair.keyMark,
                    "interface.yaml has a section '\(pair.key)' that samepage does not use; remove it, or check its name.")
                complete = false
                continue
            }
            let names = sectionKeys.map(\.place.name)
            guard
                let section = Fields(
                    pair.value, file: file.file, what: "the section '\(pair.key)'", allowed: names, diagnostics: diagnostics)
            else { complete = false; continue }
            for key in sectionKeys where section.value(key.place.name) != nil {
                if key.isCounted {
                    guard let forms = readForms(key, in: section) else { complete = false; continue }
                    texts[key.key + ".one"] = forms.one
                    texts[key.key + ".other"] = forms.other
                } else {
                    guard let text = section.text(key.place.name),
                        check(text, name: key.key, words: key.placeholders, at: section.mark(key.place.name), in: section.file)
                    else { complete = false; continue }
                    texts[key.key] = text
                }
            }
        }
        for key in InterfaceKey.allCases where texts[key.key] == nil && texts[key.key + ".other"] == nil && complete {
            diagnostics.report(
                file.file, file.node.mark, "interface.yaml needs the text '\(key.place.name)' in its section '\(key.place.section)'.")
            complete = false
        }
        guard complete, let language else { return nil }
        guard checkLetters(texts, file: file) else { return nil }
        return InterfaceText(texts: texts, language: language)
    }

    /// A counted text's two forms: "one" may leave out `{count}`, "other" must use it.
    private func readForms(_ key: InterfaceKey, in section: Fields) -> (one: String, other: String)? {
        guard let forms = section.fields(key.place.name, what: "'\(key.key)'", allowed: ["one", "other"]) else { return nil }
        let one = forms.text("one"), other = forms.text("other")
        guard let one, let other,
            check(one, name: key.key + ".one", words: key.placeholders, optional: ["count"], at: forms.mark("one"), in: forms.file),
            check(other, name: key.key + ".other", words: key.placeholders.union(["count"]), at: forms.mark("other"), in: forms.file)
        else { return nil }
        return (one, other)
    }

    /// Whether the text `name` uses exactly the words the program fills in (`words`, and maybe `optional`
    /// ones); reports it at its place where it does not.
    private func check(
        _ text: String, name: String, words: Set<String>, optional: Set<String> = [], at mark: Mark?, in file: String
    ) -> Bool {
        let used = Set(InterfaceText.placeholders(in: text))
        let allowed = words.union(optional)
        let known = allowed.sorted().map { "{\($0)}" }.joined(separator: " and ")
        if let unknown = used.subtracting(allowed).sorted().first {
            let can = allowed.isEmpty ? "this text has no words filled in" : "this text can use \(known)"
            diagnostics.report(file, mark, "{\(unknown)} in '\(name)' is not a word samepage fills in; \(can).")
            return false
        }
        if !words.isSubset(of: used) {
            let needed = words.sorted().map { "{\($0)}" }.joined(separator: " and ")
            diagnostics.report(file, mark, "'\(name)' should use \(needed), which samepage fills in; each may move, but none may go.")
            return false
        }
        return true
    }

    /// The letters that answer a question are one letter each, and the two of a question differ.
    private func checkLetters(_ texts: [String: String], file: Fields) -> Bool {
        let letters: [InterfaceKey] = [.lettersYes, .lettersNo, .lettersKeep, .lettersDiscard]
        var fine = true
        for key in letters where texts[key.key].map({ $0.count != 1 || !$0.allSatisfy(\.isLetter) }) == true {
            diagnostics.report(file.file, file.mark(key.place.section), "'\(key.key)' should be one letter, such as y.")
            fine = false
        }
        for (one, other) in [(InterfaceKey.lettersYes, InterfaceKey.lettersNo), (.lettersKeep, .lettersDiscard)]
        where fine && texts[one.key]?.lowercased() == texts[other.key]?.lowercased() {
            diagnostics.report(file.file, file.mark(one.place.section), "'\(one.key)' and '\(other.key)' should be different letters.")
            fine = false
        }
        return fine
    }
}
