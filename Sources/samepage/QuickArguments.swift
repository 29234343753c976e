/// The common command lines (`samepage`, `samepage --solo --private`, `--version`) read without
/// ArgumentParser: its first parse scans every protocol conformance in the binary, about a third of the
/// time to the first frame (BENCHMARKS.md). Anything else, or anything in doubt (a flag twice, two modes,
/// an option with a value, help), goes to ArgumentParser, which stays the one definition of the command
/// line; `QuickArgumentsTests` checks that both give the same answer for every combination taken here.
enum QuickArguments {
    enum Request: Equatable {
        case questionnaire(Questionnaire)
        case version
    }

    /// The flags taken here, each with what it sets.
    static let flags: [String: @Sendable (inout Questionnaire) -> Void] = [
        "--couple": { $0.mode = .couple },
        "--solo": { $0.mode = .solo },
        "--demo": { $0.mode = .demo },
        "--plain": { $0.plain = true },
        "--json": { $0.json = true },
        "--private": { $0.privateMode = true },
        "--no-color": { $0.noColor = true },
    ]
    static let modes: Set<String> = ["--couple", "--solo", "--demo"]

    /// The request, or nil to leave these arguments to ArgumentParser.
    static func parse(_ arguments: [String]) -> Request? {
        if arguments == ["--version"] { return .version }
        guard Set(arguments).count == arguments.count, arguments.filter(modes.contains).count <= 1 else { return nil }
        var questionnaire = Questionnaire()
        for argument in arguments {
            guard let set = flags[argument] else { return nil }
            set(&questionnaire)
        }
        return .questionnaire(questionnaire)
    }
}
