import ArgumentParser
import Foundation
import SamePageCore
import SamePageFiles
import SamePagePlain
import SamePageTerminal

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

    @Flag(name: .customLong("no-color"), help: "No colour on screen (also when NO_COLOR is set).")
    var noColor = false

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
        let chosen = mode.map { $0 == .couple ? SessionMode.couple : .solo }
        switch FrontEnd.choose(plain: plain, color: !noColor && ProcessInfo.processInfo.environment["NO_COLOR", default: ""].isEmpty) {
        case .fullScreen(let terminal):
            try finish(runFullScreen(terminal, content: content, mode: chosen), content: content)
        case .plain(let reason):
            if let reason { printError("samepage: \(reason), so the questions are asked line by line.") }
            let prompts = json ? FileHandle.standardError : FileHandle.standardOutput
            switch PlainSession(content: content, io: .standard(promptsTo: prompts)).run(mode: chosen) {
            case .quit: try finish(.quit, content: content)
            case .inputEnded:
                printError("Input ended before the questionnaire was finished, so nothing was saved.")
                throw Exit.quit
            case .finished(let snapshot): try finish(.finished(snapshot.results, sheets: snapshot.sheets), content: content)
            }
        }
    }

    /// Prints the results (and saves answers when asked) or says why nothing was.
    private func finish(_ end: FullScreenEnd, content: Content) throws {
        switch end {
        case .quickExit:
            throw Exit.quit
        case .quit:
            printError("You quit before the end, so nothing was saved.")
            throw Exit.quit
        case .signal(let signal):
            printError("Stopped before the end, so nothing was saved.")
            throw ExitCode(128 + signal)
        case .finished(let results, let sheets):
            let saveProblem = save.flatMap { path in
                Result { () throws(FileProblem) in
                    try AnswerFile.save(sheets[0], identity: content.identity, to: path)
                }.failure
            }
            printResults(results, content: content, json: json)
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
