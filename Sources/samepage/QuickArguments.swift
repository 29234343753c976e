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

    /// The flags taken here (a plain list and a switch: no set or dictionary to build at start).
    static let names = ["--couple", "--solo", "--demo", "--plain", "--json", "--private", "--no-color", "--print"]

    /// The request, or nil to leave these arguments to ArgumentParser.
    static func parse(_ arguments: [String]) -> Request? {
        if arguments == ["--version"] { return .version }
        var questionnaire = Questionnaire()
        for (index, argument) in arguments.enumerated() {
            if arguments[..<index].contains(argument) { return nil }
            switch argument {
            case "--couple", "--solo", "--demo":
                guard questionnaire.mode == nil else { return nil }
                questionnaire.mode = argument == "--couple" ? .couple : argument == "--solo" ? .solo : .demo
            case "--plain": questionnaire.plain = true
            case "--json": questionnaire.json = true
            case "--private": questionnaire.privateMode = true
            case "--no-color": questionnaire.noColor = true
            case "--print": questionnaire.printRequested = true
            default: return nil
            }
        }
        return .questionnaire(questionnaire)
    }
}
