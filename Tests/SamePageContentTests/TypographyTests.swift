import Foundation
import SamePageContent
import SamePageCore
import Testing
import TestSupport

/// Each language's punctuation is written once, in interface.yaml's `typography.label`, and `validate` holds
/// every text of the set to it: the space before a colon, none before ";", "?" or "!", no-break spaces
/// inside « ».
@Suite("Typography is the language's")
struct TypographyTests {
    @Test(
        "in English a colon, semicolon, question or exclamation mark takes no space before it; « » hold no-break spaces",
        arguments: [
            ("welcome: Hello.", "welcome: \"Hello : world.\"", "a colon takes no space before it"),
            ("welcome: Hello.", "welcome: \"Hello\u{00A0}: world.\"", "a colon takes no space before it"),
            ("welcome: Hello.", "welcome: Hello ; world.", "nothing goes before ';'"),
            ("welcome: Hello.", "welcome: Hello ?", "nothing goes before '?'"),
            ("welcome: Hello.", "welcome: Say «hello\u{00A0}».", "« takes a no-break space after it"),
            ("welcome: Hello.", "welcome: Say «\u{00A0}hello».", "» takes a no-break space before it"),
        ])
    func english(replace: String, with: String, message: String) throws {
        let found = try MinimalContent.issues(changing: "meta.yaml") { $0.replacingOccurrences(of: replace, with: with) }
        #expect(found.count == 1, "\(found)")
        let issue = try #require(found.first)
        #expect(issue.message.hasPrefix(message), "\(issue.message)")
        #expect(issue.file.hasSuffix("meta.yaml") && issue.line == 5)
    }

    @Test("web addresses, times and a colon that follows its word are left alone")
    func allowed() throws {
        let text = "welcome: \"See https://example.org at 3:30. Note: this is fine; is it? Yes!\""
        #expect(try MinimalContent.issues(changing: "meta.yaml") { $0.replacingOccurrences(of: "welcome: Hello.", with: text) } == [])
    }

    @Test("in French a colon takes a no-break space before it, as its typography.label says; the shipped sets pass")
    func french() throws {
        let folder = try ScratchFolder.make("samepage-typography")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: shippedFolder, toPath: folder + "/content")
        _ = try ContentLoader.load(from: folder + "/content")
        _ = try ContentSets.load(translation: folder + "/content/fr")
        let meta = folder + "/content/fr/meta.yaml"
        let text = try String(contentsOfFile: meta, encoding: .utf8)
        let title = "title: Sommes-nous sur la même longueur d'onde?"
        try text.replacingOccurrences(of: title, with: "title: \"Sommes-nous: sur la même longueur d'onde?\"")
            .write(toFile: meta, atomically: true, encoding: .utf8)
        do {
            _ = try ContentSets.load(translation: folder + "/content/fr")
            Issue.record("a French colon without its space loaded")
        } catch {
            let messages = error.issues.map(\.message)
            #expect(messages.count == 1, "\(messages)")
            #expect(
                messages.first?.hasPrefix("a colon takes a no-break space before it, as typography.label in interface.yaml writes it")
                    == true)
            #expect(error.issues.first?.line == 3)
        }
    }
}
