import ArgumentParser
import Testing
@testable import samepage

/// The quick reading of common command lines must never differ from ArgumentParser's, which defines them.
@Suite("Command lines read without ArgumentParser")
struct QuickArgumentsTests {
    /// ArgumentParser's answer, in the same form: a questionnaire, the version, or nil for anything else
    /// (an error, help, a subcommand).
    static func parsedByArgumentParser(_ arguments: [String]) -> QuickArguments.Request? {
        do {
            let command = try Samepage.parseAsRoot(arguments)
            guard let root = command as? Samepage else { return nil }
            return .questionnaire(
                Questionnaire(
                    mode: root.mode, plain: root.plain, json: root.json, privateMode: root.privateMode,
                    noColor: root.noColor, printRequested: root.printResults, save: root.save, contentDirectory: root.content.directory,
                    language: root.content.language))
        } catch {
            return Samepage.fullMessage(for: error) == Samepage.configuration.version ? .version : nil
        }
    }

    /// Every set of the quick flags (2^8), forwards and backwards, and with a flag given twice.
    static let commandLines: [[String]] = {
        let names = QuickArguments.names
        var lines: [[String]] = []
        for bits in 0..<(1 << names.count) {
            let chosen = names.indices.filter { bits & (1 << $0) != 0 }.map { names[$0] }
            lines += [chosen, chosen.reversed(), chosen + chosen.prefix(1)]
        }
        return lines + [
            ["--version"], ["--help"], ["--solo", "--save", "a.json"], ["--content", "x"], ["compare", "a", "b"], ["--bogus"],
        ]
    }()

    @Test("each command line the quick reader takes means what ArgumentParser says it means")
    func sameAnswers() {
        var taken = 0
        for line in Self.commandLines {
            guard let quick = QuickArguments.parse(line) else { continue }
            taken += 1
            #expect(quick == Self.parsedByArgumentParser(line), "\(line)")
        }
        // The control: most of these lines are taken quickly (the rest go to ArgumentParser).
        #expect(taken > 100)
    }

    @Test("what the quick reader leaves alone: help, options with values, subcommands, unknown flags, repeats")
    func leftToArgumentParser() {
        for line in [
            ["--help"], ["-h"], ["--save", "a.json"], ["--content", "x"], ["compare"], ["--bogus"], ["--solo", "--solo"],
            ["--solo", "--couple"], ["--version", "--solo"],
        ] {
            #expect(QuickArguments.parse(line) == nil, "\(line)")
        }
    }
}
