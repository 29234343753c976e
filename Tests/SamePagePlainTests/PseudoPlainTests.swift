import SamePageContent
import SamePageCore
import SamePagePlain
import SamePageViews
import Testing
import TestSupport

/// The line-by-line front end in the pseudo-language (`PseudoLanguage`): every line it prints holds only the
/// content's words, the names typed, numbers and the services' addresses.
@Suite("No word outside the content line by line (pseudo-language)")
struct PseudoPlainTests {
    /// Lines as a person types them: answers most, then Enter, going back, help, review, quitting and
    /// answering its question, and a few mistakes.
    static let lines: [(String, Int)] = [
        ("1", 5), ("2", 5), ("3", 6), ("4", 5), ("5", 5), ("0", 3), ("", 8), ("b", 1), ("?", 2), ("r", 1), ("q", 1), ("o", 1),
        ("n", 2), ("g", 1), ("e", 1), ("s", 2), ("p", 1), ("a", 1), ("x", 1), ("9", 1), ("more", 1), ("plus", 1), ("3 4", 1),
    ]

    @Test("whole sessions with random lines, alone and as a couple, with and without keeping progress")
    func sessions() throws {
        let content = try ContentLoader.load(from: PseudoLanguage.root.get() + "/fr")
        var random = SeededGenerator(state: 20_261_203)
        var finished = 0
        for run in 0..<16 {
            let mode: SessionMode = run % 2 == 0 ? .couple : .solo
            let names = mode == .couple ? ["Zoé", "Léo"] : ["Zoé"]
            let typed = (0..<600).map { _ in Self.line(&random) }
            let transcript = Transcript(names + typed)
            var session = PlainSession(
                content: content, io: transcript.io,
                keeping: run % 4 < 2 ? .possible(path: "~/.local/state/samepage/progress.json") : .impossible(.privateMode))
            if case .finished = session.run(mode: mode) { finished += 1 }
            let allowed = Set(names + ["local", "state", "samepage", "progress", "json", "o", "n", "g", "e", "q", "b", "r", "s", "p", "a"])
            for stray in PseudoLanguage.strays(in: transcript.output, allowing: allowed) {
                Issue.record("run \(run) (\(mode)): '\(stray.word)' in \(stray.context)")
            }
        }
        #expect(finished >= 4, "some runs reach the results (\(finished) of 16)")
    }

    static func line(_ random: inout SeededGenerator) -> String {
        var pick = Int.random(in: 0..<lines.reduce(0) { $0 + $1.1 }, using: &random)
        for (line, weight) in lines {
            if pick < weight { return line }
            pick -= weight
        }
        return ""
    }
}
