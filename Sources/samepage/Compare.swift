import ArgumentParser
import Foundation
import SamePageCore
import SamePageFiles

/// Joint results from two answers files saved on separate machines.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        var sheets: [AnswerSheet] = []
        for path in [first, second] {
            do {
                sheets.append(try AnswerFile.load(path, content: content))
            } catch {
                printError(error.description)
                if case .missing = error { throw Exit.noInput }
                throw Exit.badData
            }
        }
        // Two people saved under the same name (often the default): tell them apart in the results.
        let names = Names.distinct(sheets.map(\.name))
        for index in sheets.indices { sheets[index].name = names[index] }
        printResults(Results(content: content, sheets: sheets, mode: .couple), content: content, json: output.json)
    }
}
