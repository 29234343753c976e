import ArgumentParser
import Foundation

/// Exit codes: 0 done, 1 quit, 2 a wrong command line (as most command-line tools do), and sysexits for
/// the rest, where they fit.
enum Exit {
    static let quit = ExitCode(1)
    static let usage = ExitCode(2)
    static let badData = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
}

/// The entry point: ArgumentParser's own behaviour, except that a wrong command line exits 2 rather than
/// sysexits' 64. Help and --version still exit 0, and every other error keeps its code.
@main
enum Entry {
    static func main() {
        do {
            var command = try Samepage.parseAsRoot()
            try command.run()
        } catch {
            if Samepage.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((Samepage.fullMessage(for: error) + "\n").utf8))
                Foundation.exit(Exit.usage.rawValue)
            }
            Samepage.exit(withError: error)
        }
    }
}
