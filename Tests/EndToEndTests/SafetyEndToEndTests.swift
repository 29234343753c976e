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

    /// Check-in answers of each kind, item by item: calm, a concern everywhere, "not sure" (3 on the
    /// agreement scale, 5 on the frequency scale) and "prefer not to say".
    var checkIns: [(kind: String, codes: [String])] {
        let items = content.checkIn.items
        return [
            ("calm", items.map { $0.scale == .agree ? "5" : "1" }),
            ("concern", items.map { $0.scale == .agree ? "1" : "4" }),
            ("not sure", items.map { $0.scale == .agree ? "3" : "5" }),
            ("prefer not to say", items.map { _ in "0" }),
        ]
    }

    /// One person's turn in a real terminal up to the support page; returns the page with its escapes.
    func supportPage(width: Int, height: Int, checkIn: [String]) throws -> String {
        let tmux = try Tmux(["--solo", "--private"])
        try tmux.startSolo("Kim")
        try tmux.send(contentsOf: Array(repeating: "4", count: content.questions.count))
        try tmux.wait(for: "Done: go on")
        try tmux.resize(width: width, height: height)
        try tmux.wait(for: "the review redrawn at \(width) columns") { $0.split(separator: "\n").first?.count ?? 0 <= width }
        try tmux.send("Enter")
        try tmux.send(contentsOf: checkIn)
        // The whole page, footer included: a capture can fall between the writes of one frame.
        try tmux.wait(forAll: [content.checkIn.support.title, "quick exit"])
        return try tmux.screen(escapes: true)
    }

    @Test(
        "the support page is the same byte for byte, colours included, after calm, concern, 'not sure' and 'prefer not to say'",
        arguments: [(80, 24), (60, 18)])
    func samePageForEveryone(width: Int, height: Int) throws {
        let pages = try checkIns.map { ($0.kind, try supportPage(width: width, height: height, checkIn: $0.codes)) }
        #expect(pages[0].1.contains(content.checkIn.support.title))
        for (kind, page) in pages.dropFirst() {
            #expect(Self.visible(page) == Self.visible(pages[0].1), "after \(kind) answers at \(width)x\(height)")
        }
    }

    /// The capture with its colours and styles, less a foreground colour set over blank cells only (tmux
    /// places that change where the cells were last drawn, and no one can see the colour of a space).
    static func visible(_ page: String) -> String {
        page.replacing(/\x1B\[(?:3[0-9]|9[0-7])m(?=[ \n]*(?:\x1B\[|$))/, with: "")
    }

    @Test("line by line, everything printed is the same byte for byte, whatever the check-in answers")
    func samePageLineByLine() throws {
        let runs = try checkIns.map { kind, codes in
            let input =
                (["Kim"] + Shipped.opening + Array(repeating: "4", count: content.questions.count) + [""] + codes + ["", ""]).joined(
                    separator: "\n") + "\n"
            return (kind, try Binary.run(["--solo", "--plain"], input: input))
        }
        #expect(runs[0].1.status == 0, "\(runs[0].1.stderr)")
        let note = content.checkIn.support.note.prefix(30)
        #expect(runs[0].1.stdout.replacingOccurrences(of: "\n", with: " ").contains(note))
        for (kind, run) in runs.dropFirst() {
            #expect(run.stdout == runs[0].1.stdout && run.stderr == runs[0].1.stderr && run.status == 0, "after \(kind) answers")
        }
    }

    @Test("compare, --json, the demo and the report all end with the same safety section")
    func everyOutput() throws {
        let folder = try Binary.scratch()
        let script = { (name: String, code: String) in
            ([name] + Shipped.opening + Array(repeating: code, count: content.questions.count) + [""]
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
            #expect(
                NSDictionary(dictionary: results["safety"] as? [String: Any] ?? [:]).isEqual(to: safety),
                "the same safety field for every pairing")
        }
        let report = try Binary.run(["report", "kim.json", "lee.json", "-o", "report.md"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: folder + "/report.md", encoding: .utf8)
        #expect(markdown.hasSuffix(content.checkIn.sharedMarkdown(content.interface, level: 3).joined(separator: "\n") + "\n"))
    }

    @Test("the reader's region comes first: fr_CA lists Canada's lines first, en_GB the UK's")
    func regionFirst() throws {
        let canada = try Binary.run(["--demo"], environment: ["LANG": "fr_CA.UTF-8"])
        let britain = try Binary.run(["--demo"], environment: ["LANG": "en_GB.UTF-8"])
        let firstLine = { (text: String) in
            text.split(separator: "\n").first { $0.hasPrefix("- ") }.map(String.init) ?? ""
        }
        #expect(firstLine(canada.stdout).hasPrefix("- Canada\u{00A0}: "), "French punctuation: a no-break space before the colon")
        #expect(firstLine(britain.stdout).hasPrefix("- United Kingdom: "))
    }

    /// Gives a copy of the content an id of its own in every language, as an edited copy should have.
    func ownID(_ folder: String) throws {
        for meta in [folder + "/meta.yaml", folder + "/fr/meta.yaml"] {
            let text = try String(contentsOfFile: meta, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "id: samepage-default", with: "id: our-practice").utf8)
                .write(to: URL(fileURLWithPath: meta))
        }
    }

    /// Standard error without the warning about support lines checked over a year ago, which the shipped
    /// dates will earn in time and which other tests check.
    func withoutStaleWarning(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("warning: checkin.yaml") }
            .joined(separator: "\n")
    }

    @Test("validate warns once, without failing, when an edited copy still goes by the shipped content's id")
    func editedCopyKeepsShippedID() throws {
        let folder = try Binary.scratch() + "/pack"
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("content").path, toPath: folder)
        let same = try Binary.run(["validate", folder])
        #expect(same.status == 0 && withoutStaleWarning(same.stderr).isEmpty, "an unchanged copy is the shipped content: \(same.stderr)")
        for cards in [folder + "/cards.yaml", folder + "/fr/cards.yaml"] {
            try Data((try String(contentsOfFile: cards, encoding: .utf8) + "# Our own notes.\n").utf8).write(
                to: URL(fileURLWithPath: cards))
        }
        let edited = try Binary.run(["validate", folder])
        #expect(edited.status == 0)
        #expect(
            withoutStaleWarning(edited.stderr)
                == "warning: \(folder) is not the content samepage ships, but meta.yaml still calls it 'samepage-default'; "
                + "give it an id of its own, the same in the meta.yaml of every language's folder, so that reports and saved "
                + "answers say which content made them.\n")
        try ownID(folder)
        let renamed = try Binary.run(["validate", folder])
        #expect(renamed.status == 0 && withoutStaleWarning(renamed.stderr).isEmpty, "\(renamed.stderr)")
    }

    @Test("while the folder's own set has mistakes, a translation is 'valid on its own', never 'valid'")
    func translationWhileFirstIsBroken() throws {
        let folder = try Binary.scratch() + "/pack"
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("content").path, toPath: folder)
        let pairing = folder + "/pairing.yaml"
        let text = try String(contentsOfFile: pairing, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "not_now: 40", with: "not_now: 400").utf8).write(to: URL(fileURLWithPath: pairing))
        let run = try Binary.run(["validate", folder])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(folder): 1 problem found.\n"), "\(run.stderr)")
        #expect(
            run.stdout
                == "\(folder)/fr\u{A0}: cette traduction est valide en elle-même; elle sera comparée à \(folder) une fois les erreurs "
                + "corrigées là-bas.\n")
    }

    @Test("validate warns, without failing, when the support lines were last checked over a year ago")
    func staleResources() throws {
        let folder = try Binary.scratch() + "/pack"
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("content").path, toPath: folder)
        try ownID(folder)
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
        #expect(
            stale.stderr.contains(
                "warning: checkin.yaml: \(content.checkIn.resources.count) of \(content.checkIn.resources.count) support lines were last checked over a year ago"
            ))
    }
}
