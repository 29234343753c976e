import ArgumentParser

/// Exit codes, following sysexits where they fit.
enum Exit {
    static let quit = ExitCode(1)
    static let usage = ExitCode(64)
    static let badData = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
}
