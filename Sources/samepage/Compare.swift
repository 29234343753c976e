import ArgumentParser
import Foundation
import SamePageCore
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

    func run() throws {
        let content = try content.load()
        let sheets = try loadSheets([first, second], content: content)
        printResults(Results(content: content, sheets: sheets, mode: .couple), content: content, json: output.json)
    }
}
