import ArgumentParser
import SamePageContent
import SamePageCore

/// Checks a content folder and lists every mistake with its file and line.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a content folder; every mistake is listed with its file and line."
    )

    @Argument(help: ArgumentHelp("The content folder to check (default: the one samepage uses).", valueName: "DIR"))
    var directory: String?

    func run() throws {
        let folder = directory ?? ContentOptions.defaultFolder()
        do {
            let content = try ContentLoader.load(from: folder)
            print("\(SafeText.shown(folder)): the content is valid (\(content.questions.count) questions, \(content.themes.count) themes, \(content.cards.count) cards).")
        } catch {
            printError(error.description)
            let count = error.issues.count
            printError("\(count) problem\(count == 1 ? "" : "s") found in \(folder).")
            throw Exit.badData
        }
    }
}
