import ArgumentParser
import Glibc
import SamePageCore
import SamePageViews

/// Exit codes: 0 done, 1 quit, 2 a wrong command line (as most command-line tools do), and sysexits for
/// the rest, where they fit.
enum Exit {
    static let quit = ExitCode(1)
    static let usage = ExitCode(2)
    static let badData = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
}

/// The entry point: ArgumentParser's own behaviour (the common command lines read quickly, the same way),
/// except that a wrong command line exits 2 rather than
/// sysexits' 64. Help and --version still exit 0, and every other error keeps its code.
@main
enum Entry {
    static func main() {
        do {
            switch QuickArguments.parse(Array(CommandLine.arguments.dropFirst())) {
            case .questionnaire(let questionnaire)?:
                try questionnaire.run()
            case .version?:
                writeAll(Samepage.configuration.version + "\n", to: STDOUT_FILENO)
            case nil:
                var command = try Samepage.parseAsRoot()
                try command.run()
            }
        } catch {
            // Help, the version and completion scripts are the program's own text, printed as they are.
            let code = Samepage.exitCode(for: error)
            if code == .success { Samepage.exit(withError: error) }
            // A usage mistake is one sentence in our words; it quotes the command line, so printError makes
            // it safe to show. Other errors (an exit code from run) have already said what happened.
            if code == .validationFailure {
                printError(CommandLineMistake.sentence(for: error, arguments: Array(CommandLine.arguments.dropFirst())))
                Glibc.exit(Exit.usage.rawValue)
            }
            let message = Samepage.fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            Glibc.exit(code.rawValue)
        }
    }
}
