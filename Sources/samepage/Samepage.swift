import ArgumentParser

/// `samepage`: the questionnaire by default, plus `compare` and `validate`.
@main
struct Samepage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samepage",
        abstract: "Are we on the same page? A private questionnaire for couples deciding about couples therapy.",
        discussion: """
            Each of you answers privately; then samepage shows how closely your readiness matches, what holds \
            each of you back, and gentle next steps. Nothing leaves this computer, and nothing is written \
            unless you ask. This is information, not therapy or advice.

            Exit codes: 0 done, 1 quit before the end, 64 usage error, 65 bad content or answers file, \
            66 a file that does not exist, 73 a file that could not be saved.
            """,
        version: "0.1.0",
        subcommands: [Take.self, Compare.self, Validate.self],
        defaultSubcommand: Take.self
    )
}

/// Exit codes, following sysexits where they fit.
enum Exit {
    static let quit = ExitCode(1)
    static let usage = ExitCode(64)
    static let badData = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
}
