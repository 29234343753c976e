import Foundation
import SamePageCore
import SamePageViews
import Testing

/// The real binary fed what an attacker would write: names and files carrying terminal commands of every
/// kind, direction overrides, hidden characters, clusters wider than a line, and 1 MB lines. Nothing
/// hangs, and no control character from the input reaches the terminal, stdout or stderr.
@Suite("Hostile input, with the real binary", .serialized)
struct HostileInputTests {
    static let shipped = Binary.repository.appendingPathComponent("content").path

    /// Every kind of terminal command, as JSON string escapes.
    static let sequences = [
        "\\u001b[2J\\u001b[H", "\\u001b]0;owned\\u0007", "\\u001b]8;;https://example.invalid\\u001b\\\\link\\u001b]8;;\\u001b\\\\",
        "\\u001b]52;c;aGk=\\u0007", "\\u001bPq#0;2\\u001b\\\\", "\\u009b2J", "\\u009d0;owned\\u009c", "\\u202eevil\\u2066",
        "A\\u200bB\\ufeffC",
    ]

    /// One Hangul leading consonant after another makes one cluster: 200 of them are 400 columns wide.
    static let wideCluster = String(repeating: "\u{1100}", count: 200)

    /// True when `output` holds nothing that could act on a terminal: no ESC, no C0 but the line break,
    /// no C1, no direction control.
    static func isClean(_ output: String) -> Bool {
        !output.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0) }
    }

    /// A valid answers file for the shipped content, its name given as JSON string text.
    func answers(named name: String, code: String, to file: String, in folder: String) throws {
        try Shipped.answersFile(jsonName: name, code: code, to: file, in: folder)
    }

    @Test(
        "compare and report end, and print no control character, whatever the names hold",
        arguments: sequences + [wideCluster, "\\u6211" + String(repeating: "\\u0903", count: 100)])
    func hostileNames(name: String) throws {
        let folder = try Binary.scratch()
        try answers(named: name, code: "5", to: "a.json", in: folder)
        try answers(named: name + " " + Self.wideCluster, code: "2", to: "b.json", in: folder)
        try answers(named: "Al", code: "5", to: "plain-a.json", in: folder)
        try answers(named: "Bo", code: "2", to: "plain-b.json", in: folder)
        for arguments in [["compare", "a.json", "b.json"], ["compare", "a.json", "b.json", "--json"], ["report", "a.json", "b.json"]] {
            let run = try #require(try Binary.run(arguments, input: Data(), in: folder, within: 20), "\(arguments) hung on \(name)")
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(Self.isClean(run.stdout), "\(arguments) printed a control character for \(name)")
            // Names are capped at 40 clusters and 160 bytes, so hostile names cannot swell the results: the
            // same results with two-letter names are the yardstick, with room for each place a name is shown
            // (160 bytes, written at most six characters a byte in JSON's escapes, for each of the two names).
            let plain = try Binary.run(
                arguments.map {
                    $0.replacingOccurrences(of: "a.json", with: "plain-a.json")
                        .replacingOccurrences(of: "b.json", with: "plain-b.json")
                }, in: folder)
            let places = plain.stdout.components(separatedBy: "Al").count + plain.stdout.components(separatedBy: "Bo").count
            #expect(
                run.stdout.utf8.count < plain.stdout.utf8.count + places * 2 * 160 * 6,
                "\(run.stdout.utf8.count) against \(plain.stdout.utf8.count), names in \(places) places")
            #expect(Self.isClean(run.stderr))
        }
    }

    @Test("a refused answers file is named in one clean sentence, whatever it quotes", arguments: sequences)
    func refusedFiles(sequence: String) throws {
        let folder = try Binary.scratch()
        try answers(named: "Kim", code: "4", to: "a.json", in: folder)
        let good = try String(contentsOfFile: folder + "/a.json", encoding: .utf8)
        let changes = [
            good.replacingOccurrences(of: "\"answers\": {", with: "\"answers\": {\n    \"x\(sequence)\": 1,"),
            good.replacingOccurrences(of: "\"id\": \"samepage-default\"", with: "\"id\": \"\(sequence)\"")
                .replacingOccurrences(of: "\"fingerprint\": \"", with: "\"fingerprint\": \"0"),
        ]
        for bad in changes {
            try Data(bad.utf8).write(to: URL(fileURLWithPath: folder + "/b.json"))
            let run = try #require(try Binary.run(["compare", "a.json", "b.json"], input: Data(), in: folder, within: 20))
            #expect(run.status == 65)
            #expect(run.stderr.hasPrefix("b.json ") && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
            #expect(Self.isClean(run.stderr), "\(run.stderr.debugDescription)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test("a file of 300 MB is refused at once, without being read")
    func hugeFile() throws {
        let folder = try Binary.scratch()
        try answers(named: "Kim", code: "4", to: "a.json", in: folder)
        let path = folder + "/big.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 300_000_000) == 0, "a sparse file: 300 MB long, nothing on disk")
        let run = try #require(try Binary.run(["compare", "a.json", "big.json"], input: Data(), in: folder, within: 5))
        #expect(run.status == 65)
        #expect(run.stderr == "big.json is larger than 1 MB, so it is not a samepage answers file; it was not read.\n")
    }

    @Test(
        "the command line's own text is shown, never run",
        arguments: [
            ["--\u{1B}]0;owned\u{7}"], ["compare", "\u{1B}]52;c;aGk=\u{7}.json", "b.json"], ["validate", "/nonexistent/\u{9B}2J\u{202E}"],
            ["--content", "/nonexistent/\u{1B}[2J"],
        ])
    func commandLine(arguments: [String]) throws {
        let run = try #require(try Binary.run(arguments, input: Data(), within: 20))
        #expect(run.status != 0)
        #expect(!run.stderr.isEmpty)
        #expect(Self.isClean(run.stderr), "\(run.stderr.debugDescription)")
        #expect(Self.isClean(run.stdout))
    }

    @Test(
        "line by line: names with escapes, over-wide clusters and 1 MB lines end cleanly",
        arguments: [
            "\u{1B}]0;owned\u{7}Alex\u{9B}2J\u{202E}", String(repeating: "\u{1100}", count: 350_000),
        ])
    func plainSession(name: String) throws {
        let megabyte = String(repeating: "x", count: 1_000_000)
        // The name, a 1 MB answer (refused, and asked again), then a whole solo session.
        let lines = [name, megabyte] + Shipped.opening + Array(repeating: "4", count: Shipped.questions) + Shipped.tail
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let run = try #require(try Binary.run(["--plain", "--solo", "--private"], input: input, within: 60), "the session hung")
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        #expect(run.stdout.contains("Please type a number"), "the 1 MB line was refused as an answer")
        if name.hasPrefix("\u{1B}") { #expect(run.stdout.contains("]0;ownedAlex"), "the name is shown as text") }
        #expect(Self.isClean(run.stdout) && Self.isClean(run.stderr))
        #expect(run.stdout.utf8.count < 200_000, "nothing from the 1 MB lines is repeated back")
    }

    @Test("full screen: hostile names in the demo draw as text; no input byte reaches the terminal raw")
    func fullScreen() throws {
        let folder = try Binary.scratch()
        try FileManager.default.copyItem(atPath: Self.shipped, toPath: folder + "/content")
        let samples = folder + "/content/samples.yaml"
        let text = try String(contentsOfFile: samples, encoding: .utf8)
        let hostile =
            text
            .replacingOccurrences(of: "- name: Maya", with: "- name: \"\\e]0;owned\\a\\e]52;c;aGk=\\a\\e[2JMaya\\x9b2J\\N\\u202E\"")
            .replacingOccurrences(of: "- name: Jon", with: "- name: \"Jon\\ePq\\e\\\\\\u200B\(String(repeating: "\u{1100}", count: 50))\"")
        try Data(hostile.utf8).write(to: URL(fileURLWithPath: samples))
        let record = folder + "/terminal.bytes"
        let tmux = try Tmux(["--demo", "--content", folder + "/content"], folder: folder)
        try tmux.recordOutput(to: record)
        try tmux.wait(for: "Demo · couple 1 of 5", seconds: 10)
        try tmux.resize(width: 100, height: 30)
        try tmux.send("5")
        try tmux.wait(for: "Why this?", seconds: 10)
        try tmux.resize(width: 80, height: 24)
        try tmux.wait(for: "Why this?", seconds: 10)
        try tmux.send("q")
        try tmux.wait(for: "Nothing from the demo is kept.")
        try tmux.send("y")
        try tmux.wait(for: "EXIT=0", seconds: 10)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: record))
        #expect(bytes.count > 1_000, "the recording holds the screens")
        let shown = String(decoding: bytes, as: UTF8.self)
        #expect(shown.contains("]0;owned"), "the name is drawn as text")
        for raw in ["\u{1B}]0;owned", "\u{1B}]52", "\u{1B}P", "\u{1B}\\", "\u{9B}", "\u{85}", "\u{202E}", "\u{200B}", "\u{7}"] {
            #expect(!shown.contains(raw), "\(raw.debugDescription) reached the terminal")
        }
    }
}
