import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

@Suite("The real binary with piped input", .serialized)
struct PipedSessionTests {
    let content: Content

    init() throws {
        content = try ContentLoader.load(from: Binary.repository.appendingPathComponent("content").path)
    }

    /// One line per question: `forward` for plain items and `reverse` for reverse-keyed ones, per section.
    func script(readiness: (forward: Int, reverse: Int), themes: [String: (forward: Int, reverse: Int)], other: Int) -> [String] {
        content.questions.map { question in
            let codes = question.section.id == "readiness" ? readiness : themes[question.section.id] ?? (other, other)
            return String(question.item.reverse ? codes.reverse : codes.forward)
        }
    }

    var calmCheckIn: [String] { content.checkIn.items.map { _ in "3" } }

    /// Alex: fully ready (100), every theme neutral (50). Sam: readiness 25 everywhere, blame at 100,
    /// every other theme "prefer not to say".
    var alex: [String] { script(readiness: (5, 1), themes: [:], other: 3) }
    var sam: [String] { script(readiness: (2, 4), themes: ["blame": (5, 1)], other: 0) }
    var coupleInput: String {
        (["Alex", "Sam", ""] + alex + [""] + calmCheckIn + ["", ""] + sam + [""] + calmCheckIn + ["", "", ""]).joined(separator: "\n")
            + "\n"
    }

    @Test("a scripted couple session with --json matches the hand computation")
    func coupleJSON() throws {
        let run = try Binary.run(["--plain", "--couple", "--json"], input: coupleInput)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "stdout holds only JSON")
        let partners = try #require(json["partners"] as? [[String: Any]])
        #expect(partners.map { $0["name"] as? String } == ["Alex", "Sam"])
        #expect(partners.map { $0["readiness"] as? Int } == [100, 25])
        #expect(json["format"] as? String == "samepage-results" && json["version"] as? Int == 4)
        #expect(json["match"] == nil && json["leaningIn"] == nil, "no match score, no leaning in or out")
        #expect(json["gap"] as? Int == 75 && json["gapSize"] as? String == "far")
        #expect(json["pairing"] as? String == "different-paces")
        #expect(json["readierNow"] as? String == "Alex")
        let alexThemes = try #require(partners[0]["themes"] as? [String: Any])
        let samThemes = try #require(partners[1]["themes"] as? [String: Any])
        for theme in content.themes {
            #expect(alexThemes[theme.id] as? Int == 50)
            if theme.id == "blame" {
                #expect(samThemes[theme.id] as? Int == 100)
            } else {
                #expect(samThemes[theme.id] is NSNull, "\(theme.id) had no answers, so it is null")
            }
        }
        let worries = try #require(json["worries"] as? [String: Any])
        #expect(worries["blame"] as? String == "Sam", "only Sam weighs it")
        #expect(worries["overwhelm"] is NSNull, "Sam gave no answers there")
        let samMissing = try #require(partners[1]["missing"] as? [String: String])
        #expect(samMissing["overwhelm"] == "kept-private", "what Sam chose, not 'not enough answers'")
        let document = try #require(json["document"] as? [[String: Any]])
        #expect(document.compactMap { $0["id"] as? String } == ["summary", "readiness", "pattern", "worries", "next-steps", "support"])
        let cards = try #require(json["cards"] as? [[String: Any]])
        let ids = cards.compactMap { $0["id"] as? String }
        #expect(ids.first == "couple-different-paces")
        let blame = try #require(cards.first { ($0["audience"] as? String) == "partner" })
        #expect(blame["for"] as? [String] == ["Sam"])
        #expect((blame["reason"] as? String)?.contains("Fear of blame is one of Sam's top worries (level 100") == true)
        #expect(cards.allSatisfy { !(($0["reason"] as? String) ?? "").isEmpty })
        #expect(run.stderr.contains("Question 1 of \(content.questions.count)"), "prompts go to stderr with --json")
    }

    @Test("the same session as text: a short summary, then each section with its numbers and who feels readier")
    func coupleText() throws {
        let run = try Binary.run(["--plain", "--couple"], input: coupleInput)
        #expect(run.status == 0, "\(run.stderr)")
        // By ear the summary does not say first what the sections say moments later with their numbers.
        let summary = try #require(
            run.stdout.components(separatedBy: "\n1 Summary\n").last?.components(separatedBy: "\n2 Readiness\n").first)
        #expect(summary.contains(content.texts.resultsIntro.prefix(30)) && summary.contains("start with 6 Support"))
        #expect(!summary.contains("Ready to try") && !summary.contains("Your readiness:"), "\(summary)")
        // Line by line the results are read for the ear: " · " is a comma, and a card is its title and first step.
        #expect(run.stdout.contains("  Alex: 100, Ready to try\n"))
        #expect(run.stdout.contains("  A gap of 75: different right now.\n"))
        #expect(run.stdout.contains("  Alex feels readier about therapy right now.\n"))
        #expect(
            run.stdout.contains("  Past therapy, Alex does not weigh this strongly: Alex 50; Sam kept these\n  answers private.\n"),
            "a worry no one weighs with a level missing has a line of its own, each person named, what Sam chose said in words")
        #expect(!run.stdout.contains("Match") && !run.stdout.contains("leaning"))
        #expect(!run.stdout.contains("Why this:") && !run.stdout.contains("0 ["), "no why, no drawn meter")
        let compared = try Binary.run(["--plain", "--couple", "--print"], input: coupleInput)
        #expect(compared.status == 0)
        let results = try #require(run.stdout.components(separatedBy: "\n1 Summary\n").last)
        for item in content.checkIn.items { #expect(!results.contains(item.text), "the check-in never reaches the results") }
    }

    @Test("two solo sessions saved on their own machines compare to the same results as a couple session")
    func saveAndCompare() throws {
        let folder = try Binary.scratch()
        let alexRun = try Binary.run(
            ["--solo", "--save", "alex.json"],
            input: (["Alex"] + Shipped.opening + alex + [""] + calmCheckIn + ["", ""]).joined(separator: "\n") + "\n", in: folder)
        let samRun = try Binary.run(
            ["--solo", "--save", "sam.json"],
            input: (["Sam"] + Shipped.opening + sam + [""] + calmCheckIn + ["", "", ""]).joined(separator: "\n") + "\n", in: folder)
        #expect(alexRun.status == 0 && samRun.status == 0, "\(alexRun.stderr) \(samRun.stderr)")
        for name in ["alex.json", "sam.json"] {
            let path = folder + "/" + name
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
            let saved = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!saved.contains("checkin"), "the check-in never reaches a saved file")
        }
        let compared = try Binary.run(["compare", "alex.json", "sam.json", "--json"], in: folder)
        let together = try Binary.run(["--plain", "--couple", "--json"], input: coupleInput)
        #expect(compared.status == 0, "\(compared.stderr)")
        #expect(compared.stdout == together.stdout, "the same answers give the same results in every mode")
    }

    @Test("two files saved alone with no name compare as Partner A and Partner B, never 'You feels readier'")
    func unnamedFiles() throws {
        let folder = try Binary.scratch()
        for (file, answers) in [("a.json", alex), ("b.json", sam)] {
            let run = try Binary.run(
                ["--solo", "--save", file],
                input: ([""] + Shipped.opening + answers + [""] + calmCheckIn + ["", "", ""])
                    .joined(separator: "\n") + "\n", in: folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let compared = try Binary.run(["compare", "a.json", "b.json"], in: folder)
        #expect(compared.status == 0, "\(compared.stderr)")
        #expect(compared.stdout.contains("  Partner A feels readier about therapy right now.\n"))
        #expect(!compared.stdout.contains("You feels") && !compared.stdout.contains("You weighs") && !compared.stdout.contains("You (2)"))
    }

    @Test("line by line, a line holding a key's sequence or a bracketed paste answers nothing; it is asked again")
    func sequencesInLines() throws {
        let sequences = ["\u{1B}[200~4\u{1B}[201~", "\u{1B}[1~", "\u{1B}OH", "\u{1B}[<0;10;5M", "\u{1B}4"]
        let run = try Binary.run(
            ["--plain", "--solo", "--private", "--json"],
            input: (["Kim"] + Shipped.opening + sequences
                + alex + [""] + calmCheckIn + ["", ""]).joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "Please type a number").count - 1 == sequences.count, "\(run.stderr)")
        // The answers are Alex's script exactly: readiness 100, as if the sequences were never typed.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["partners"] as? [[String: Any]])?.first?["readiness"] as? Int == 100)
    }

    @Test("--save never overwrites: an existing file stops the session before it starts, untouched")
    func saveRefusesExisting() throws {
        let folder = try Binary.scratch()
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder + "/mine.json"))
        let run = try Binary.run(["--solo", "--save", "mine.json"], input: "Kim\n", in: folder)
        #expect(run.status == 73)
        #expect(run.stderr == "mine.json already exists; choose another name or move that file first.\n")
        #expect(try String(contentsOfFile: folder + "/mine.json", encoding: .utf8) == "keep me")
    }

    @Test("compare: a missing file, a corrupt one and a foreign one each get one sentence and a non-zero exit")
    func compareRefuses() throws {
        let folder = try Binary.scratch()
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: folder + "/corrupt.json"))
        try Data(#"{"format": "other-tool", "version": 1}"#.utf8).write(to: URL(fileURLWithPath: folder + "/foreign.json"))
        let missing = try Binary.run(["compare", "nope.json", "corrupt.json"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr == "nope.json does not exist.\n")
        let corrupt = try Binary.run(["compare", "corrupt.json", "foreign.json"], in: folder)
        #expect(corrupt.status == 65)
        #expect(corrupt.stderr == "corrupt.json is not a samepage answers file (it is not valid JSON of that form).\n")
        let foreign = try Binary.run(["compare", "foreign.json", "corrupt.json"], in: folder)
        #expect(foreign.stderr == "foreign.json is not a samepage answers file (its \"format\" is not \"samepage-answers\").\n")
        #expect(try String(contentsOfFile: folder + "/corrupt.json", encoding: .utf8) == "{not json")
    }

    @Test("validate passes the shipped content and names file and line in a broken copy")
    func validate() throws {
        let good = try Binary.run(["validate", Binary.repository.appendingPathComponent("content").path])
        #expect(good.status == 0)
        #expect(good.stdout.contains("the content is valid"))
        let folder = try Binary.scratch() + "/content"
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("content").path, toPath: folder)
        let questions = folder + "/questions.yaml"
        let original = try String(contentsOfFile: questions, encoding: .utf8)
        let second = content.readiness.items[1].id, first = content.readiness.items[0].id
        try original.replacingOccurrences(of: "id: \(second)\n", with: "id: \(first)\n").write(
            toFile: questions, atomically: true, encoding: .utf8)
        let line = original.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasSuffix("id: \(second)") }! + 1
        let broken = try Binary.run(["validate", folder])
        #expect(broken.status == 65)
        #expect(broken.stderr.hasPrefix("\(questions):\(line):"))
        #expect(broken.stderr.contains("the id '\(first)' is already used"))
        let refused = try Binary.run(["--plain", "--solo", "--content", folder], input: "Kim\n")
        #expect(refused.status == 65, "the program does not start on broken content")
        #expect(!refused.stdout.contains("Question 1"))
    }

    @Test("bad command lines and missing content are one sentence and a usage or data exit, never a trace")
    func badInvocations() throws {
        let unknown = try Binary.run(["--frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "samepage: there is no option --frobnicate; see samepage --help.\n")
        let nothing = try Binary.run(["--plain", "--content", "/nonexistent/content"], input: "")
        #expect(nothing.status == 65)
        #expect(nothing.stderr.hasPrefix("/nonexistent/content: there is no content folder here.\n"))
        let both = try Binary.run(["--solo", "--private", "--save", "x.json"])
        #expect(both.status == 2)
        #expect(both.stderr == "samepage: --private writes nothing, so it cannot be used with --save; see samepage --help.\n")
        for run in [unknown, nothing, both] { #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack")) }
    }

    @Test("input that ends early saves nothing and exits 1 with one sentence")
    func earlyEnd() throws {
        let folder = try Binary.scratch()
        let run = try Binary.run(["--solo", "--save", "kim.json"], input: "Kim\n4\n4\n", in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "Input ended before the questionnaire was finished, so nothing was saved.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
