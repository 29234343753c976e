import Foundation
import Testing

/// Every kind of bad input gets one clear sentence and a non-zero exit, never a stack trace, and every file
/// that was there before is left byte for byte as it was.
@Suite("Bad input, with the real binary", .serialized)
struct BadInputTests {
    static let shipped = Binary.repository.appendingPathComponent("content").path

    /// Every file under `folder` and its bytes (symbolic links as their target path).
    func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [] {
            let full = folder + "/" + path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                files[path] = Data(target.utf8)
            } else if let data = FileManager.default.contents(atPath: full) {
                files[path] = data
            }
        }
        return files
    }

    /// Runs in a scratch folder prepared by `setUp`, and checks the exit code, the message and the files.
    func check(
        _ arguments: [String], input: String = "", status: Int32, message: String,
        setUp: (String) throws -> Void = { _ in }
    ) throws {
        let folder = try Binary.scratch()
        try setUp(folder)
        let before = try snapshot(folder)
        let run = try Binary.run(arguments, input: input, in: folder)
        #expect(run.status == status, "\(arguments): \(run.stderr)")
        if !message.isEmpty {
            #expect(run.stderr.replacingOccurrences(of: folder + "/", with: "").contains(message), "\(arguments): \(run.stderr)")
        }
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump") && !run.stderr.contains("0x0"))
        #expect(try snapshot(folder) == before, "\(arguments) left every file as it was")
    }

    func copyContent(_ folder: String, change file: String? = nil, _ edit: (Data) -> Data = { $0 }) throws {
        try FileManager.default.copyItem(atPath: Self.shipped, toPath: folder + "/content")
        if let file {
            let path = folder + "/content/" + file
            try edit(try Data(contentsOf: URL(fileURLWithPath: path))).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test("bad command lines get one sentence in plain words, the help to read, and exit 2")
    func commandLines() throws {
        let cases: [([String], String)] = [
            (["--frobnicate"], "samepage: there is no option --frobnicate; see samepage --help.\n"),
            (["--content"], "samepage: --content needs a folder after it; see samepage --help.\n"),
            (["--couple", "--solo"], "samepage: --couple and --solo cannot be used together, so choose one; see samepage --help.\n"),
            (
                ["--couple", "--save", "a.json"],
                "samepage: --save keeps one person's answers; use it with --solo, then `samepage compare A B`; see samepage --help.\n"
            ),
            (["compare", "only-one.json"], "samepage: the answers file B is missing; see samepage compare --help.\n"),
            (["compare", "a.json", "b.json", "c.json"], "samepage: 'c.json' was not expected here; see samepage compare --help.\n"),
            (
                ["report"],
                "samepage: give one answers file, or two for a couple's report, or --sample and a sample couple's id; see samepage report --help.\n"
            ),
            (
                ["report", "--sample", "maya-and-jon", "--html", "--pdf"],
                "samepage: choose --html or --pdf, not both; see samepage report --help.\n"
            ),
            (["--solo", "--save"], "samepage: --save needs a file name after it; see samepage --help.\n"),
        ]
        for (arguments, sentence) in cases {
            let run = try Binary.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr == sentence, "\(arguments)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test("compare and report refuse the same file twice, however it is written")
    func sameFileTwice() throws {
        let folder = try Binary.scratch()
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/kim.json"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: "kim.json")
        for arguments in [
            ["compare", "kim.json", "./kim.json"], ["compare", "kim.json", "link.json"], ["report", "kim.json", "kim.json"],
        ] {
            let run = try Binary.run(arguments, in: folder)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("are the same file;"), "\(arguments): \(run.stderr)")
        }
    }

    @Test("content that is missing, a file, or broken in every way people break YAML")
    func badContent() throws {
        try check(["--plain", "--content", "nowhere"], status: 65, message: "nowhere: there is no content folder here.")
        try check(["--plain", "--content", "file.txt"], status: 65, message: "file.txt: this is a file, not a content folder.") { folder in
            try Data("hello".utf8).write(to: URL(fileURLWithPath: folder + "/file.txt"))
        }
        let broken: [(String, (Data) -> Data, String)] = [
            ("scale.yaml", { _ in Data("choices:\n\t- Yes\n".utf8) }, "content/scale.yaml:2:1: this is not valid YAML"),
            ("meta.yaml", { $0 + Data([0xFF, 0xFE]) }, "content/meta.yaml: this file is not UTF-8 text"),
            (
                "cards.yaml", { _ in Data(repeating: UInt8(ascii: "#"), count: 1_100_000) },
                "content/cards.yaml: this file is larger than 1 MB"
            ),
            (
                "pairing.yaml", { _ in Data(("labels: " + String(repeating: "[", count: 5000)).utf8) },
                "content/pairing.yaml:1: this is nested more than 64 levels deep"
            ),
            (
                "meta.yaml",
                { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "minutes: 10", with: "minutes: [10]").utf8) },
                "'minutes' in meta.yaml should be a whole number from 1 to 240."
            ),
            ("questions.yaml", { _ in Data() }, "content/questions.yaml: this file is empty."),
        ]
        for (file, edit, message) in broken {
            try check(["--plain", "--solo", "--content", "content"], input: "Kim\n", status: 65, message: message) { folder in
                try copyContent(folder, change: file, edit)
            }
        }
        try check(["validate", "content"], status: 0, message: "") { folder in
            try copyContent(folder, change: "meta.yaml") { Data("\u{FEFF}".utf8) + $0 }
        }
    }

    @Test("answers files: empty, truncated, foreign, newer, unknown questions, out of range, a folder, links")
    func badAnswers() throws {
        let valid = try makeAnswers()
        let cases: [(String, Int32, String)] = [
            ("", 65, "a.json is empty, not a samepage answers file."),
            (String(valid.prefix(40)), 65, "a.json is not a samepage answers file (it is not valid JSON of that form)."),
            (
                #"{"format": "something-else", "version": 1}"#, 65,
                "a.json is not a samepage answers file (its \"format\" is not \"samepage-answers\")."
            ),
            (
                valid.replacingOccurrences(of: "\"version\": 1\n}", with: "\"version\": 9\n}"), 65,
                "a.json was saved by a newer samepage (version 9)"
            ),
            (
                valid.replacingOccurrences(of: "\"ready-hope-help\"", with: "\"not-a-question\""), 65,
                "a.json has an answer for 'not-a-question', which is not a question"
            ),
            (
                valid.replacingOccurrences(of: "\"ready-hope-help\": 3", with: "\"ready-hope-help\": 7"), 65,
                "a.json has the answer 7 for 'ready-hope-help'"
            ),
        ]
        for (text, status, message) in cases {
            try check(["compare", "a.json", "b.json"], status: status, message: message) { folder in
                try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/a.json"))
                try Data(valid.utf8).write(to: URL(fileURLWithPath: folder + "/b.json"))
            }
        }
        try check(["compare", "a.json", "b.json"], status: 65, message: "a.json is a folder, not an answers file.") { folder in
            try FileManager.default.createDirectory(atPath: folder + "/a.json", withIntermediateDirectories: false)
            try Data(valid.utf8).write(to: URL(fileURLWithPath: folder + "/b.json"))
        }
        try check(["compare", "a.json", "b.json"], status: 66, message: "a.json does not exist.") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/a.json", withDestinationPath: folder + "/gone.json")
            try Data(valid.utf8).write(to: URL(fileURLWithPath: folder + "/b.json"))
        }
        try check(["compare", "a.json", "b.json"], status: 0, message: "") { folder in
            try Data(valid.utf8).write(to: URL(fileURLWithPath: folder + "/real.json"))
            try FileManager.default.createSymbolicLink(atPath: folder + "/a.json", withDestinationPath: folder + "/real.json")
            try Data(valid.utf8).write(to: URL(fileURLWithPath: folder + "/b.json"))
        }
    }

    @Test("saving where it cannot: a missing folder, an existing file, a dangling link; nothing is asked first")
    func badSaveTargets() throws {
        try check(
            ["--solo", "--save", "missing/kim.json"], input: "Kim\n", status: 73,
            message: "Cannot save to missing/kim.json: the folder does not exist or is not writable.")
        try check(["--solo", "--save", "kim.json"], input: "Kim\n", status: 73, message: "kim.json already exists") { folder in
            try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/kim.json"))
        }
        try check(["--solo", "--save", "kim.json"], input: "Kim\n", status: 73, message: "kim.json already exists") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/kim.json", withDestinationPath: folder + "/elsewhere.json")
        }
    }

    @Test("names with escape sequences, control and direction characters, or 500 letters are shown safely")
    func hostileNames() throws {
        let name = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}Mallory" + String(repeating: "é", count: 500)
        let lines = [name] + Shipped.opening + Array(repeating: "3", count: Shipped.questions) + Shipped.tail
        let run = try Binary.run(["--plain", "--solo"], input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{07}") && !run.stdout.contains("\u{202E}"))
        #expect(run.stdout.contains("\nYour turn\n") && !run.stdout.contains("==="), "one person alone reads their own turn")
        #expect(run.stdout.contains("]0;owned[2JMallory"), "the name is shown as text, without its control characters")
    }

    @Test("a save that fails part-way (a full disk) leaves no partial file, prints the results, and exits 73")
    func fullDisk() throws {
        let folder = try Binary.scratch()
        let lines = ["Kim"] + Shipped.opening + Array(repeating: "3", count: Shipped.questions) + Shipped.tail
        let run = try Binary.run(
            ["--solo", "--save", "kim.json"], input: lines.joined(separator: "\n") + "\n",
            in: folder, limitFileSize: 1)
        #expect(run.status == 73)
        #expect(run.stderr.contains("Could not save kim.json: File too large."), "\(run.stderr)")
        #expect(run.stdout.contains("\n1 Summary\n"), "the results are still shown")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no partial or temporary file is left")
    }

    @Test("stdin that is empty or ends early: one sentence, exit 1, nothing written")
    func noInput() throws {
        try check(
            ["--solo", "--save", "kim.json"], input: "", status: 1,
            message: "Input ended before the questionnaire was finished, so nothing was saved.")
    }

    /// A valid answers file made by the real binary, with every question answered 3.
    private func makeAnswers() throws -> String {
        let folder = try Binary.scratch()
        let lines = ["Kim"] + Shipped.opening + Array(repeating: "3", count: Shipped.questions) + Shipped.tail
        let run = try Binary.run(["--solo", "--save", "k.json"], input: lines.joined(separator: "\n") + "\n", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: folder + "/k.json", encoding: .utf8)
    }
}
