import Foundation
import Testing

@Suite("Reports and content packs, with the real binary", .serialized)
struct ReportAndPackTests {
    /// Saves a solo session's answers (every question answered `code`) as `file` in `folder`.
    func save(
        _ name: String, _ code: String, to file: String, in folder: String, content: String? = nil,
        questions: Int = Shipped.questions
    ) throws {
        let lines = [name] + Shipped.opening + Array(repeating: code, count: questions) + Shipped.tail
        let run = try Binary.run(
            ["--solo", "--save", file] + (content.map { ["--content", $0] } ?? []),
            input: lines.joined(separator: "\n") + "\n", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test("report -o writes a private Markdown file, never over an existing one, and never with the check-in")
    func report() throws {
        let folder = try Binary.scratch()
        try save("Alex", "5", to: "a.json", in: folder)
        try save("Sam", "2", to: "b.json", in: folder)
        let run = try Binary.run(["report", "a.json", "b.json", "-o", "report.md"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "The report is saved in report.md.\n")
        let path = folder + "/report.md"
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# Are we on the same page?\n"))
        #expect(text.contains("\nAlex: ") && text.contains("\nSam: ") && text.contains("## 5 Next steps") && text.contains("## 1 Summary"))
        #expect(text.contains("## 6 Support\n\n### If home does not feel safe"))
        #expect(!text.contains("checkin"))
        let again = try Binary.run(["report", "a.json", "-o", "report.md"], in: folder)
        #expect(again.status == 73)
        #expect(again.stderr == "report.md already exists; choose another name or move that file first.\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "the existing report is untouched")
        let personal = try Binary.run(["report", "a.json"], in: folder)
        #expect(personal.status == 0 && personal.stdout.contains("## What holds you back"))
    }

    @Test("a therapist's copy with an extra question validates and runs; answers from another question set are refused")
    func contentPack() throws {
        let folder = try Binary.scratch()
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("content").path, toPath: folder + "/pack")
        let questions = folder + "/pack/questions.yaml"
        var text = try String(contentsOfFile: questions, encoding: .utf8)
        let extra = "    - id: ready-our-own-question\n      text: I would like us to learn new ways to talk.\n"
        text = text.replacingOccurrences(of: "\npattern:\n", with: "\n" + extra + "pattern:\n")
        try text.write(toFile: questions, atomically: true, encoding: .utf8)
        // The French set still has the old questions: validate says so, in one sentence, and fails.
        let drift = try Binary.run(["validate", "pack"], in: folder)
        #expect(drift.status == 65)
        #expect(
            drift.stderr.contains(
                "pack/fr: its questions (ids, sections and reverse keys) or its id and version differ from the first set's (questions.yaml, meta.yaml)."
            ),
            "\(drift.stderr)")
        // A practice that adapts the English set only leaves the translation out.
        try FileManager.default.removeItem(atPath: folder + "/pack/fr")
        let valid = try Binary.run(["validate", "pack"], in: folder)
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("\(Shipped.questions + 1) questions"))
        try save("Kim", "4", to: "kim-pack.json", in: folder, content: "pack", questions: Shipped.questions + 1)
        try save("Lee", "4", to: "lee-default.json", in: folder)
        let refused = try Binary.run(["compare", "kim-pack.json", "lee-default.json"], in: folder)
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "kim-pack.json was made with different questions ('samepage-default') than the content in use, so it cannot be scored with it.\n"
        )
        let withPack = try Binary.run(["compare", "kim-pack.json", "lee-default.json", "--content", "pack"], in: folder)
        #expect(withPack.status == 65)
        #expect(withPack.stderr.hasPrefix("lee-default.json was made with different questions"))
    }
}

@Suite("Saving from the results screen (tmux)", .serialized)
struct SaveFromResultsTests {
    @Test("save the report and the answers with safe defaults; an existing file is never overwritten")
    func saveFromResults() throws {
        let folder = try Binary.scratch()
        let tmux = try Tmux(["--couple", "--private"], folder: folder)
        try tmux.enterNames("Alex", "Sam")
        for (name, answer) in [("Alex", "5"), ("Sam", "2")] {
            try tmux.wait(for: "\(name)'s turn")
            try tmux.send(contentsOf: Array(repeating: answer, count: Shipped.questions))
            try tmux.wait(for: "Done: go on")
            try tmux.send("Enter")
            try tmux.send(contentsOf: Array(repeating: "3", count: Shipped.checkIns))
            try tmux.wait(for: "Support, for everyone")
            try tmux.send("Enter")
            if name == "Alex" {
                try tmux.wait(for: "Sam, press Enter")
                try tmux.send("Enter")
            }
        }
        try tmux.wait(for: "Press Enter to guess, or s to skip.")
        try tmux.send("s")
        try tmux.wait(for: "Press Enter when you are both here.")
        try tmux.send("Enter")
        try tmux.wait(forAll: ["Results · Summary", "s save"])
        try tmux.send("s", "r")
        try tmux.wait(for: "Save the report as:")
        try tmux.send("Enter")
        // The whole sentence, each file by its whole path, wrapped above the footer rather than cut.
        let saved = try tmux.wait(forWrapped: "Saved in \(folder)/samepage-report-")
        let report = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".md") })
        #expect(Tmux.squeezed(saved).contains(Tmux.squeezed("Saved in \(folder)/\(report) (readable by this account only).")))
        let path = folder + "/" + report
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        try tmux.send("s", "r")
        try tmux.wait(for: "Save the report as:")
        try tmux.send("Enter")
        try tmux.wait(forWrapped: "\(path) already exists; choose another name or move that file first.")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the existing report is untouched")
        try tmux.send("Escape")
        try tmux.send("s", "a")
        try tmux.wait(for: "{name} becomes each person's name.")
        try tmux.send("Enter")
        let both = try tmux.wait(forWrapped: "Saved in \(folder)/samepage-answers-")
        let answers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        #expect(answers.count == 2 && answers[0].hasSuffix("-Alex.json") && answers[1].hasSuffix("-Sam.json"))
        let sentence = "Saved in \(folder)/\(answers[0]) and \(folder)/\(answers[1]) (readable by this account only)."
        #expect(Tmux.squeezed(both).contains(Tmux.squeezed(sentence)), "\(both)")
        for file in answers {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            #expect(text.contains("\"format\": \"samepage-answers\"") && !text.contains("checkin"))
        }
        let compared = try Binary.run(["compare", answers[0], answers[1]], in: folder)
        #expect(compared.status == 0 && compared.stdout.contains("\n  Alex: ") && compared.stdout.contains("A gap of"))
        try tmux.send("q", "y")
        try tmux.wait(for: "EXIT=0")
    }
}

@Suite("Saving after line-by-line results (tmux)", .serialized)
struct PlainSavesTests {
    @Test("a person at a keyboard is offered the rest of the results, then the report and the answers; a script is not")
    func plainSaves() throws {
        let folder = try Binary.scratch()
        let tmux = try Tmux(["--plain", "--solo"], folder: folder)
        try tmux.wait(for: "Keep your place? Type y")
        try tmux.send("n", "Enter")
        try tmux.wait(for: "Your name [You]:")
        try tmux.type("Kim")
        try tmux.send("Enter")
        for answer in Shipped.opening + Array(repeating: "3", count: Shipped.questions) {
            try tmux.send(answer, "Enter")
        }
        try tmux.wait(for: "Question number, or Enter:")
        try tmux.send("Enter")
        for _ in 0..<Shipped.checkIns { try tmux.send("3", "Enter") }
        try tmux.wait(for: "Press Enter when you are ready to go on.")
        try tmux.send("Enter")
        try tmux.wait(for: "Type y to guess, or press Enter to skip:")
        try tmux.send("Enter")
        // By ear the results come short; `more` reads what they left out, every service among it.
        try tmux.wait(forWrapped: "Type more to hear the rest in full")
        try tmux.type("more")
        try tmux.send("Enter")
        try tmux.wait(forWrapped: "To save, type r for a report, p for a printable report, or a for the answers")
        let heard = try tmux.screen(history: true)
        #expect(heard.contains("Hope for Wellness Help Line") && heard.contains("Why this:"), "every service and each card in full")
        try tmux.send("r", "Enter")
        try tmux.wait(for: "File name [samepage-report-")
        try tmux.send("Enter")
        try tmux.wait(forWrapped: "Saved in \(folder)/samepage-report-")
        try tmux.send("p", "Enter")
        try tmux.wait(for: "File name [samepage-report-")
        try tmux.type("kim.html")
        try tmux.send("Enter")
        try tmux.wait(forWrapped: "Saved in \(folder)/kim.html (readable by this account only).")
        try tmux.send("a", "Enter")
        try tmux.wait(for: "File name [samepage-answers-")
        try tmux.type("kim.json")
        try tmux.send("Enter")
        try tmux.wait(forWrapped: "Saved in \(folder)/kim.json (readable by this account only).")
        try tmux.send("Enter")
        try tmux.wait(for: "EXIT=0")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(
            files.count == 3 && files.contains("kim.json") && files.contains("kim.html")
                && files.contains { $0.hasPrefix("samepage-report-") })
        let page = try String(contentsOfFile: folder + "/kim.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<h2>6 Support</h2>") && !page.contains("checkin"))

        let piped = try Binary.run(
            ["--plain", "--solo"],
            input: (["Kim"] + Shipped.opening + Array(repeating: "3", count: Shipped.questions)
                + Shipped.tail).joined(separator: "\n") + "\n")
        #expect(piped.status == 0 && !piped.stdout.contains("To save"))
    }
}
