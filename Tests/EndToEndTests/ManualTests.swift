import Foundation
import Testing

/// The written manual (doc/samepage.1) against the program's own help: every flag and subcommand that
/// `--help` lists is in it, and mandoc finds nothing wrong with it.
@Suite("The manual page")
struct ManualTests {
    static let manual = Binary.repository.appendingPathComponent("doc/samepage.1").path

    /// The manual as text, with mdoc's escaped dashes written plainly.
    var source: String {
        get throws { try String(contentsOfFile: Self.manual, encoding: .utf8).replacingOccurrences(of: "\\-", with: "-") }
    }

    @Test("every flag and subcommand in --help, and every exit code, is in the manual")
    func coversHelp() throws {
        let text = try source
        var helps = [try Binary.run(["--help"]).stdout]
        for command in ["compare", "report", "validate"] { helps.append(try Binary.run([command, "--help"]).stdout) }
        let flags = Set(helps.joined().matches(of: /(?:^|[\s\[,])(--?[a-z][a-z-]*)/).map { String($0.1) })
        #expect(
            flags.isSuperset(of: [
                "--couple", "--solo", "--demo", "--plain", "--json", "--private", "--no-color", "--save",
                "--content", "--version", "--help", "-o",
            ]), "\(flags.sorted())")
        for flag in flags { #expect(text.contains("Fl " + flag.dropFirst()), "\(flag) is in the manual") }
        let commands =
            helps[0].components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLowercase == true }
            .compactMap { $0.split(separator: " ").first.map(String.init) } ?? []
        #expect(commands == ["compare", "report", "validate"])
        for command in commands { #expect(text.contains("Cm " + command), "\(command) is in the manual") }
        for section in [
            "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "FILES", "ENVIRONMENT",
            "EXIT STATUS", "PRIVACY", "EXAMPLES", "SEE ALSO",
        ] {
            #expect(text.contains(".Sh " + section), "\(section)")
        }
        for code in ["0", "1", "2", "65", "66", "73", "129, 130, 143"] { #expect(text.contains(".It " + code)) }
        for variable in ["NO_COLOR", "TERM", "XDG_STATE_HOME", "SAMEPAGE_CONTENT", "LANG"] { #expect(text.contains("Ev " + variable)) }
    }

    static let mandoc = FileManager.default.isExecutableFile(atPath: "/usr/bin/mandoc")

    @Test("mandoc -Tlint finds no warning or error", .enabled(if: mandoc, "needs mandoc (.ci/run installs it)"))
    func lint() throws {
        let (status, said) = try SystemTool.run("/usr/bin/mandoc", ["-Tlint", "-Wwarning", Self.manual])
        #expect(status == 0 && said.isEmpty, "\(said)")
    }
}
