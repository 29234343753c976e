import ArgumentParser
import SamePageCore

/// `samepage`: the questionnaire itself, with `compare` and `validate` beside it. Its options are the
/// root command's, so `samepage --help` lists every mode and flag.
struct Samepage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samepage",
        abstract: "Are we on the same page? A private questionnaire for couples deciding about couples therapy.",
        // No subcommand is needed: the questionnaire is samepage itself, and the others are named.
        usage: "samepage [--couple | --solo | --demo] [<options>]\n  samepage <subcommand> [<arguments>]",
        discussion: """
            Each of you answers privately; then samepage shows how close your readiness is, what holds \
            each of you back, and gentle next steps. Nothing leaves this computer. Nothing is written unless \
            you ask, except your place in an unfinished session, so it can be resumed: one person alone keeps \
            it unless they choose to keep nothing, and a couple keeps nothing unless they choose to keep it. \
            It is deleted as soon as the results are reached. Anyone who uses this computer account, including a partner, can open what is kept. \
            --private keeps nothing. This is information, not therapy or advice.

            In a terminal it opens full screen; with --plain, piped input, or no usable terminal it asks line \
            by line. Leaving the full screen prints the results only to a file or pipe, or with --print, so \
            nothing stays in a shared terminal's scrollback.

            Exit codes: 0 done, 1 quit before the end, 2 usage error, 65 bad content or answers file, \
            66 a file that does not exist, 73 a file that could not be saved, 129/130/143 stopped by \
            SIGHUP, Ctrl-C or SIGTERM.
            """,
        version: "0.2.0",
        subcommands: [Compare.self, Report.self, Validate.self]
    )

    @Flag(help: "Who is taking it: both of you at this keyboard, or one person alone.")
    var mode: ModeFlag?

    @Flag(help: "Ask line by line on standard input and output (screen readers, pipes, dumb terminals).")
    var plain = false

    @OptionGroup var output: OutputOptions
    var json: Bool { output.json }

    @Flag(name: .customLong("private"), help: "Write nothing to disk at all.")
    var privateMode = false

    @Flag(name: .customLong("no-color"), help: "No colour on screen (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("print"), help: "Print the results when leaving the full screen, even on a terminal.")
    var printResults = false

    @Option(help: ArgumentHelp("Save your answers to this new file, to compare later (with --solo).", valueName: "FILE"))
    var save: String?

    @OptionGroup var content: ContentOptions

    enum ModeFlag: String, EnumerableFlag {
        case couple, solo, demo

        static func help(for value: ModeFlag) -> ArgumentHelp? {
            switch value {
            case .couple: "Take it together, one after the other."
            case .solo: "Take it on your own."
            case .demo: "Show sample couples' results, with why each piece of guidance was chosen; writes nothing."
            }
        }
    }

    func validate() throws {
        if save != nil && privateMode {
            throw CommandLineMistake.error(.usagePrivateSave)
        }
        if save != nil && mode == .demo {
            throw CommandLineMistake.error(.usageDemoSave)
        }
        if save != nil && mode != .solo {
            throw CommandLineMistake.error(.usageSaveSolo)
        }
    }

    func run() throws {
        try Questionnaire(
            mode: mode, plain: plain, json: json, privateMode: privateMode, noColor: noColor, printRequested: printResults, save: save,
            contentDirectory: content.directory, language: content.language
        ).run()
    }
}
