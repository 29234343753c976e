import Foundation
import Testing
import TestSupport

/// The program's own messages in the pseudo-language (`PseudoLanguage`): command-line mistakes, files that
/// are missing, broken or foreign, a save that cannot be written, and a whole session line by line. Each says
/// only the content's words, with the names, paths and options it was given.
@Suite("No word outside the content from the command line (pseudo-language)")
struct PseudoCommandLineTests {
    @Test("mistakes and files that cannot be used are said in the content's words")
    func messages() throws {
        let root = try PseudoLanguage.root.get(), folder = try Binary.scratch()
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/empty.json"))
        try Data("not json".utf8).write(to: URL(fileURLWithPath: folder + "/garbage.json"))
        let answers = (["Zoé"] + Array(repeating: "3", count: 60) + Array(repeating: "", count: 12)).joined(separator: "\n") + "\n"
        let cases: [([String], String)] = [
            (["compare", "missing.json", "other.json"], ""), (["compare", "empty.json", "garbage.json"], ""),
            (["compare", "empty.json", "empty.json"], ""), (["report", "garbage.json"], ""), (["report", "--sample", "nobody"], ""),
            (["report", "--sample", "maya-and-jon", "--pdf"], ""), (["report", "--html", "--pdf", "--sample", "maya-and-jon"], ""),
            (["report", "empty.json", "--sample", "maya-and-jon"], ""), (["report", "--paper", "b5", "--sample", "maya-and-jon"], ""),
            (["report", "-o"], ""), (["--bogus"], ""), (["--couple", "--solo"], ""), (["compare"], ""), (["compare", "a.json"], ""),
            (["--private", "--save", "x.json"], ""), (["--demo", "--save", "x.json"], ""), (["--save", "x.json"], ""),
            (["validate", "nowhere", "extra"], ""), (["--solo", "--save", "no/such/folder/mine.json"], answers),
            (["--solo", "--plain"], answers),
        ]
        for (arguments, input) in cases {
            let run = try Binary.run(["--content", root, "--lang", "fr"] + arguments, input: input, in: folder)
            let given = (arguments + [folder, root]).flatMap { $0.split { !$0.isLetter }.map(String.init) }
            let allowed = Set(given + ["samepage", "help", "compare", "report", "Zoé"])
            #expect(!(run.stdout + run.stderr).isEmpty, "\(arguments) says something")
            for stray in PseudoLanguage.strays(in: run.stdout + "\n" + run.stderr, allowing: allowed) {
                Issue.record("\(arguments.joined(separator: " ")): '\(stray.word)' in \(stray.context)")
            }
        }
    }
}
