import Foundation
import Testing

/// Translation folders checked as translations, as a therapist or a translator meets them: a copy of the
/// English files in `fr/`, a file missing, a card that drifted, a folder that cannot be read.
@Suite("Translation folders (the real binary)", .serialized)
struct TranslationFolderTests {
    /// A copy of the shipped content in a scratch folder, readable by everyone (the unreadable case runs
    /// as another user).
    func copy() throws -> String {
        let folder = try Binary.scratch()
        let content = folder + "/c"
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("content").path, toPath: content)
        _ = try SystemTool.run("/bin/chmod", ["-R", "a+rX", folder])
        return content
    }

    @Test("a copy of the English files in fr/ is named at its 'language' line, by validate and by --lang fr, with what to do")
    func englishCopy() throws {
        let content = try copy()
        try FileManager.default.removeItem(atPath: content + "/fr")
        let english = Binary.repository.appendingPathComponent("content").path
        try FileManager.default.createDirectory(atPath: content + "/fr", withIntermediateDirectories: false)
        for file in try FileManager.default.contentsOfDirectory(atPath: english) where file.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: english + "/" + file, toPath: content + "/fr/" + file)
        }
        let sentence =
            "\(content)/fr/interface.yaml:5: 'language' is 'en', but this translation's folder is named 'fr': set 'language: fr' and translate its texts, or remove the folder.\n"
        let validate = try Binary.run(["validate", content])
        #expect(validate.status == 65 && validate.stderr.hasPrefix(sentence), "\(validate.stderr)")
        let run = try Binary.run(["--content", content, "--lang", "fr", "--plain", "--solo", "--private"])
        #expect(run.status == 65 && run.stderr.hasPrefix(sentence), "\(run.stderr)")
        #expect(!run.stderr.contains("there is no content in 'fr'"))
    }

    @Test("a translation with a file missing: validate names it; the locale's choice falls back to English, said once; l is not offered")
    func fileMissing() throws {
        let content = try copy()
        try FileManager.default.removeItem(atPath: content + "/fr/cards.yaml")
        let validate = try Binary.run(["validate", content])
        #expect(validate.status == 65 && validate.stderr.contains("\(content)/fr/cards.yaml: this file is missing."))
        let run = try Binary.run(
            ["--content", content, "--plain", "--solo", "--private"], input: "",
            environment: ["LANG": "fr_CA.UTF-8"])
        let fallback =
            "samepage: the translation in \(content)/fr cannot be used, so this session is in the folder's own language; `samepage validate \(content)` says what to fix."
        #expect(run.stderr.components(separatedBy: fallback).count == 2, "\(run.stderr)")
        #expect(run.stdout.contains("Are we on the same page?"), "it runs, in English")
        let tmux = try Tmux(["--content", content])
        let welcome = try tmux.wait(for: "How are you taking it?")
        #expect(!welcome.contains("Français") && !welcome.contains("language"), "l is offered only for a set that loads: \(welcome)")
        try tmux.send("l")
        #expect(try tmux.screen().contains("How are you taking it?"))
        try tmux.send("C-x")
    }

    @Test("a translation that drifted is named by id and file, with what to do")
    func drifted() throws {
        let content = try copy()
        let cards = content + "/fr/cards.yaml"
        let text = try String(contentsOfFile: cards, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "id: faq-once", with: "id: faq-une-fois").utf8).write(to: URL(fileURLWithPath: cards))
        let validate = try Binary.run(["validate", content])
        #expect(validate.status == 65)
        let english = try String(contentsOfFile: content + "/cards.yaml", encoding: .utf8).components(separatedBy: "\n")
        let french = try String(contentsOfFile: cards, encoding: .utf8).components(separatedBy: "\n")
        let inEnglish = try #require(english.firstIndex { $0.contains("- id: faq-once") }) + 1
        let inFrench = try #require(french.firstIndex { $0.contains("- id: faq-une-fois") }) + 1
        #expect(
            validate.stderr.contains(
                "\(content)/fr: its cards (ids, audiences, rules and paces) (cards.yaml) are not those of the first set: missing 'faq-once' (line \(inEnglish)); not in the first set 'faq-une-fois' (line \(inFrench))."
            ),
            "\(validate.stderr)")
        #expect(validate.stderr.contains("edit the translation to match, or remove the folder."))
    }

    @Test("a translation folder that cannot be read is reported, never passed over as valid")
    func unreadable() throws {
        let content = try copy()
        _ = try SystemTool.run("/bin/chmod", ["000", content + "/fr"])
        // root reads anything: without the two capabilities that let it, root is refused as anyone else is.
        // (Another user would need to reach the test's folder, which a private $TMPDIR does not allow.)
        let run =
            getuid() == 0
            ? try SystemTool.run("/usr/bin/setpriv", ["--bounding-set=-dac_override,-dac_read_search", Binary.path, "validate", content])
            : try SystemTool.run(Binary.path, ["validate", content])
        #expect(run.status == 65, "\(run.output)")
        #expect(run.output.contains("\(content)/fr/meta.yaml: this file cannot be read; check its permissions."), "\(run.output)")
    }
}
