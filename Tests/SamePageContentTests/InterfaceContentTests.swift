import Foundation
import SamePageContent
import SamePageCore
import Testing

/// interface.yaml: the program's own sentences, each checked against what the program fills in.
@Suite("The interface sentences in content")
struct InterfaceContentTests {
    func issues(_ change: @escaping (String) -> String) throws -> [ContentIssue] {
        try MinimalContent.issues(changing: "interface.yaml", change)
    }

    @Test("every text the program uses is read, with its words filled in")
    func read() throws {
        let words = try ContentLoader.load(from: shippedFolder).interface
        #expect(words.language == "en")
        for key in InterfaceKey.allCases {
            let values = Dictionary(uniqueKeysWithValues: key.placeholders.map { ($0, "<\($0)>") })
            for text in key.isCounted ? [words(key, count: 1, values), words(key, count: 7, values)] : [words(key, values)] {
                #expect(!text.isEmpty && !text.contains("{"), "\(key.key): \(text)")
                for word in key.placeholders { #expect(text.contains("<\(word)>"), "\(key.key) uses {\(word)}") }
            }
        }
        #expect(words(.readyPromptCouple, ["name": "Sam"]) == "Sam, press Enter when you are alone.")
        #expect(words(.resultsMoreIdeas, count: 1) == "1 more idea: press m to show it.")
        #expect(words(.resultsMoreIdeas, count: 0) == "0 more ideas: press m to show them.")
        #expect(words(.resultsMoreIdeas, count: 4) == "4 more ideas: press m to show them.")
    }

    @Test("every sentence is used by the program: a case no code names would be a sentence nothing shows")
    func everyKeyUsed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && $0.lastPathComponent != "InterfaceKey.swift" }
        let code = try files.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        let unused = InterfaceKey.allCases.filter { key in
            let name = String(describing: key)
            return code.firstRange(of: try! Regex("\\.\(name)\\b")) == nil
        }
        #expect(unused.isEmpty, "never used: \(unused.map(\.key))")
    }

    @Test("every call that fills a sentence names each word its key declares (read from the sources, reached or not)")
    func everyCallFillsItsWords() throws {
        let declared = Dictionary(uniqueKeysWithValues: InterfaceKey.allCases.map { (String(describing: $0), $0.placeholders) })
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && $0.lastPathComponent != "InterfaceKey.swift" }
        var checked = 0
        var missing: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            // `(.key)`, `(.key, count: n)`, or `(.key, [` and `(.key, count: n, [` before a dictionary literal.
            for match in text.matches(of: /\(\s*\.(\w+)\s*(\)|,\s*count:[^,\[\)]+\)|,\s*(?:count:[^,\[\)]+,\s*)?\[)/) {
                guard let words = declared[String(match.1)] else { continue }
                let needed = match.0.contains("count:") ? words.subtracting(["count"]) : words
                let filled = match.0.hasSuffix("[") ? Self.keys(in: text[match.range.upperBound...]) : []
                checked += 1
                if !needed.isSubset(of: filled) {
                    missing.append("\(file.lastPathComponent): .\(match.1) needs \(needed.sorted()), fills \(filled.sorted())")
                }
            }
        }
        #expect(checked > 200, "the calls were found")
        #expect(missing.isEmpty, "\(missing)")
    }

    /// The keys at the top level of a dictionary literal whose "[" was just read, up to its "]".
    static func keys(in text: Substring) -> Set<String> {
        var keys: Set<String> = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                    // A string at the top level followed by ":" is a key.
                    let rest = text[text.index(after: index)...].drop { $0 == " " }
                    if depth == 0 && rest.first == ":" { keys.insert(current) }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                inString = true
                current = ""
            } else if "[({".contains(character) {
                depth += 1
            } else if "])}".contains(character) {
                if depth == 0 { break }
                depth -= 1
            }
            index = text.index(after: index)
        }
        return keys
    }

    @Test("a section the program does not read is refused, at its line")
    func unknownSection() throws {
        let issues = try issues { $0 + "\nextras:\n  hello: \"Hello\"\n" }
        #expect(
            issues.contains { $0.message.contains("interface.yaml has a section 'extras' that samepage does not use") && $0.line != nil })
    }

    @Test(
        "a word the program does not fill in, or one left out, is named at its line",
        arguments: [
            (
                "{name}, press Enter when you are alone.", "{nmae}, press Enter when you are alone.",
                "{nmae} in 'ready.prompt_couple' is not a word samepage fills in; this text can use {name}."
            ),
            (
                "{name}, press Enter when you are alone.", "Press Enter when you are alone.",
                "'ready.prompt_couple' should use {name}, which samepage fills in; each may move, but none may go."
            ),
            (
                "prompt_solo: Press Enter when you are ready to go on.", "prompt_solo: Press Enter, {name}.",
                "{name} in 'ready.prompt_solo' is not a word samepage fills in; this text has no words filled in."
            ),
            (
                "{count} more ideas: press m to show them.", "More ideas: press m to show them.",
                "'results.more_ideas.other' should use {count}, which samepage fills in; each may move, but none may go."
            ),
            (
                "1 more idea: press m to show it.", "{number} more idea: press m to show it.",
                "{number} in 'results.more_ideas.one' is not a word samepage fills in; this text can use {count}."
            ),
        ])
    func placeholders(_ original: String, _ changed: String, _ message: String) throws {
        #expect(MinimalContent.shippedInterface.contains(original))
        let found = try issues { $0.replacingOccurrences(of: original, with: changed) }
        let issue = try #require(found.first, "\(found)")
        #expect(found.count == 1, "\(found)")
        #expect(issue.message == message)
        #expect(issue.line == MinimalContent.line(of: changed.prefix(12).description, in: "interface.yaml", changed: original, to: changed))
    }

    @Test("an unknown text, a missing one, and a language that is not a code are each one sentence")
    func structure() throws {
        let unknown = try issues { $0.replacingOccurrences(of: "  prompt_solo:", with: "  prompt_alone:") }
        #expect(unknown.map(\.message).contains { $0.hasPrefix("'prompt_alone' is not a field of the section 'ready'") }, "\(unknown)")
        let missing = try issues { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  prompt_solo:") }.joined(separator: "\n")
        }
        #expect(missing.map(\.message) == ["interface.yaml needs the text 'prompt_solo' in its section 'ready'."])
        let language = try issues { $0.replacingOccurrences(of: "language: en", with: "language: English") }
        #expect(language.map(\.message) == ["'language' in interface.yaml should be a two-letter code, like 'en' or 'fr'."])
    }
}
