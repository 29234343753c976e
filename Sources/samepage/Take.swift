import ArgumentParser
import Foundation
import SamePageCore
import SamePageFiles
import SamePagePlain

/// The questionnaire itself: the default when `samepage` runs without a subcommand.
struct Take: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Take the questionnaire (the default)."
    )

    @Flag(help: "Who is taking it: both of you at this keyboard, or one person alone.")
    var mode: ModeFlag?

    @Flag(help: "Ask line by line on standard input and output (screen readers, pipes, dumb terminals).")
    var plain = false

    @Flag(help: "Print the results as JSON on standard output; prompts then go to standard error.")
    var json = false

    @Flag(name: .customLong("private"), help: "Write nothing to disk at all.")
    var privateMode = false

    @Option(help: ArgumentHelp("Save your answers to this new file, to compare later (with --solo).", valueName: "FILE"))
    var save: String?

    @OptionGroup var content: ContentOptions

    enum ModeFlag: String, EnumerableFlag {
        case couple, solo

        static func help(for value: ModeFlag) -> ArgumentHelp? {
            value == .couple ? "Take it together, one after the other." : "Take it on your own."
        }
    }

    func validate() throws {
        if save != nil && privateMode {
            throw ValidationError("--private writes nothing, so it cannot be used with --save.")
        }
        if save != nil && mode == .couple {
            throw ValidationError("--save keeps one person's answers; use it with --solo, then `samepage compare A B`.")
        }
    }

    func run() throws {
        let content = try content.load()
        if let save { try checkSavable(save) }
        let prompts = json ? FileHandle.standardError : FileHandle.standardOutput
        let io = PlainIO.standard(promptsTo: prompts)
        // The full-screen front end is not built yet, so every session runs line by line for now.
        switch PlainSession(content: content, io: io).run(mode: mode.map { $0 == .couple ? .couple : .solo }) {
        case .quit:
            printError("You quit before the end, so nothing was saved.")
            throw Exit.quit
        case .inputEnded:
            printError("Input ended before the questionnaire was finished, so nothing was saved.")
            throw Exit.quit
        case .finished(let snapshot):
            let saveProblem = save.flatMap { path in
                Result { () throws(FileProblem) in
                    try AnswerFile.save(snapshot.sheets[0], identity: content.identity, to: path)
                }.failure
            }
            printResults(snapshot.results, content: content, json: json)
            if let saveProblem {
                printError(saveProblem.description)
                throw Exit.cannotCreate
            }
            if let save { printError("Your answers are saved in \(save).") }
        }
    }

    /// Fails before any question is asked when the answers could not be saved at the end.
    private func checkSavable(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            printError(FileProblem.exists(path).description)
            throw Exit.cannotCreate
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) {
            printError("Cannot save to \(path): the folder does not exist or is not writable.")
            throw Exit.cannotCreate
        }
    }
}

func printResults(_ results: Results, content: Content, json: Bool) {
    let text = json ? results.json.serialized() : ResultsText(results: results, content: content).render()
    FileHandle.standardOutput.write(Data(text.utf8))
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
