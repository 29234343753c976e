import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// The check-in's promises with the real binary: the page after it looks the same to a partner glancing
/// at it whatever was answered, every output ends with the same safety section, and old numbers are flagged.
@Suite("Safety, end to end", .serialized)
struct SafetyEndToEndTests {
    let content: Content

    init() throws { content = try ContentLoader.load(from: Binary.repository.appendingPathComponent("content").path) }

    /// One turn up to the support page; returns the page as drawn, without its header line (it names the person).
    func turn(_ tmux: Tmux, name: String, checkIn: [String]) throws -> [String] {
        try tmux.wait(for: "\(name)'s turn")
        try tmux.send(contentsOf: Array(repeating: "4", count: content.questions.count))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.send(contentsOf: checkIn)
        // The whole page, footer included: a capture can fall between the writes of one frame.
        let page = try tmux.wait(forAll: [content.checkIn.support.title, "Enter continue", "Ctrl-X quick exit"])
        return Array(page.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init))
    }

    @Test("a partner who answers 'Not sure' gets the same page as one who raised nothing, but for one calm sentence")
    func notSureLooksTheSame() throws {
        let tmux = try Tmux(["--couple", "--private"])
        try tmux.enterNames("Alex", "Sam")
        let safe = content.checkIn.items.map { "\($0.scale.safeCode)" }
        let calm = try turn(tmux, name: "Alex", checkIn: safe)
        try tmux.send("Enter")
        try tmux.wait(for: "Sam, press Enter when you are alone.")
        try tmux.send("Enter")
        let notSure = try turn(tmux, name: "Sam", checkIn: ["3"] + safe.dropFirst())
        #expect(calm.count == notSure.count)
        let differing = zip(calm, notSure).filter { $0.0 != $0.1 }
        let slot = [content.checkIn.support.concernNote, content.checkIn.support.calmNote]
            .map { wrapColumns($0, width: 76).count }.max() ?? 0
        #expect(differing.count <= slot, "only the note's rows differ: \(differing)")
        let joined = notSure.joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
        #expect(joined.contains(content.checkIn.support.concernNote.prefix(40)), "'Not sure' counts as a concern")
        #expect(calm.joined(separator: " ").replacingOccurrences(of: "  ", with: " ").contains(content.checkIn.support.calmNote.prefix(40)))
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=1")
    }

    @Test("compare, --json, the demo and the report all end with the same safety section")
    func everyOutput() throws {
        let folder = try Binary.scratch()
        let script = { (name: String, code: String) in
            ([name] + Array(repeating: code, count: content.questions.count) + [""]
                + content.checkIn.items.map { _ in "3" } + ["", ""]).joined(separator: "\n") + "\n"
        }
        for (name, code) in [("kim", "5"), ("lee", "2")] {
            let saved = try Binary.run(["--solo", "--save", "\(name).json"], input: script(name, code), in: folder)
            #expect(saved.status == 0, "\(saved.stderr)")
        }
        let text = try Binary.run(["compare", "kim.json", "lee.json"], in: folder)
        #expect(text.stdout.hasSuffix(content.checkIn.sharedLines(width: 78, words: content.interface).joined(separator: "\n") + "\n"))
        let json = try Binary.run(["compare", "kim.json", "lee.json", "--json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let safety = try #require(object["safety"] as? [String: Any])
        #expect(safety["title"] as? String == content.checkIn.shared.title)
        #expect((safety["resources"] as? [Any])?.count == content.checkIn.resources.count)
        let demo = try Binary.run(["--demo", "--json"], in: folder)
        let couples = try #require(try JSONSerialization.jsonObject(with: Data(demo.stdout.utf8)) as? [[String: Any]])
        for couple in couples {
            let results = try #require(couple["results"] as? [String: Any])
            #expect(NSDictionary(dictionary: results["safety"] as? [String: Any] ?? [:]).isEqual(to: safety),
                    "the same safety field for every pairing")
        }
        let report = try Binary.run(["report", "kim.json", "lee.json", "-o", "report.md"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: folder + "/report.md", encoding: .utf8)
        #expect(markdown.hasSuffix(content.checkIn.sharedMarkdown(content.interface).joined(separator: "\n")))
    }

    @Test("the reader's region comes first: fr_CA lists Canada's lines first, en_GB the UK's")
    func regionFirst() throws {
        let canada = try Binary.run(["--demo"], environment: ["LANG": "fr_CA.UTF-8"])
        let britain = try Binary.run(["--demo"], environment: ["LANG": "en_GB.UTF-8"])
        let firstLine = { (text: String) in
            text.split(separator: "\n").first { $0.hasPrefix("- ") }.map(String.init) ?? ""
        }
        #expect(firstLine(canada.stdout).hasPrefix("- Canada: "))
        #expect(firstLine(britain.stdout).hasPrefix("- United Kingdom: "))
    }

    @Test("validate warns, without failing, when the support lines were last checked over a year ago")
    func staleResources() throws {
        let folder = try Binary.scratch() + "/pack"
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("content").path, toPath: folder)
        let path = folder + "/checkin.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let checked = try Regex(#"checked: \d{4}-\d{2}-\d{2}"#)
        // Checked today: no warning (the shipped dates would age, so the test sets its own).
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        try Data(text.replacing(checked, with: "checked: " + formatter.string(from: Date())).utf8).write(to: URL(fileURLWithPath: path))
        let fresh = try Binary.run(["validate", folder])
        #expect(fresh.status == 0 && !fresh.stderr.contains("warning"), "\(fresh.stderr)")
        try Data(text.replacing(checked, with: "checked: 2020-01-31").utf8).write(to: URL(fileURLWithPath: path))
        let stale = try Binary.run(["validate", folder])
        #expect(stale.status == 0)
        #expect(stale.stderr.contains("warning: checkin.yaml: \(content.checkIn.resources.count) of \(content.checkIn.resources.count) support lines were last checked over a year ago"))
    }
}
