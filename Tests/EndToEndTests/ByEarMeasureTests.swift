import Foundation
import Testing

/// Line by line, read aloud: scripts/speech/measure makes the transcripts a screen-reader user hears (a
/// whole session alone; the results of four couples, up to the longest to hear), in English and French, times them with espeak-ng at its
/// default rate, and fails over budget (15 and 4 minutes) or on any noise (rules, meters, dashes, " · ").
/// The transcripts are kept in .build/artefacts/speech to read.
@Suite("By ear, measured with espeak-ng")
struct ByEarMeasureTests {
    @Test("a session alone in 15 minutes, every measured couple's results in 4, nothing heard as noise, in both languages")
    func measure() throws {
        let script = Binary.repository.appendingPathComponent("scripts/speech/measure").path
        let kept = Binary.repository.appendingPathComponent(".build/artefacts/speech").path
        let run = try SystemTool.run("/usr/bin/env", ["python3", script, "--keep", kept, Binary.path])
        #expect(run.status == 0, "\(run.output)")
        // The table names each row, so a run that measured nothing cannot pass.
        let rows = run.output.split(separator: "\n")
        for language in ["en", "fr"] {
            let couples = ["one agrees with all, one with none; guesses", "both agree with all; guesses", "random answers; guesses"]
            for what in ["solo session", "couple's results"] + couples {
                #expect(rows.contains { $0.hasPrefix(language + " ") && $0.contains(what) && $0.hasSuffix("ok") }, "\(run.output)")
            }
        }
        print(run.output)
    }
}
