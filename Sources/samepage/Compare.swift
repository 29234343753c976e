import ArgumentParser
import Glibc
import SamePageCore
import SamePageViews
import SamePageFiles

/// Joint results from two answers files saved on separate machines.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show the joint results of two saved answers files.",
        discussion: "Each partner runs `samepage --solo --save FILE` on their own; then either runs `samepage compare A B`."
    )

    @Argument(help: ArgumentHelp("The first partner's answers file.", valueName: "A"))
    var first: String

    @Argument(help: ArgumentHelp("The second partner's answers file.", valueName: "B"))
    var second: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var content: ContentOptions

    func validate() throws {
        if sameFile(first, second) {
            throw CommandLineMistake.error(.usageSameFileCompare, ["first": first, "second": second])
        }
    }

    func run() throws {
        let content = try content.load()
        let sheets = try loadSheets([first, second], content: content)
        printResults(Results(content: content, sheets: sheets, mode: .couple), content: content, json: output.json)
    }
}

/// Whether two paths name one file (the same path, a link, or another way to write it).
func sameFile(_ a: String, _ b: String) -> Bool {
    var first = stat(), second = stat()
    guard stat(a, &first) == 0, stat(b, &second) == 0 else { return a == b }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
}
