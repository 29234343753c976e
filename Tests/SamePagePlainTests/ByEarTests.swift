import SamePageContent
import SamePageCore
import SamePagePlain
import SamePageViews
import Testing
import TestSupport

/// Line by line as a screen reader reads it aloud: choices read once, nothing read as noise, the support
/// page short with the full list on request. The minutes heard are measured with espeak-ng by
/// scripts/speech/measure, in CI.
@Suite("Line by line, by ear")
struct ByEarTests {
    static let sets = [Shipped.english, Shipped.french]

    /// A whole session's transcript and the results it prints, as the command line prints them line by line.
    static func session(_ content: Content, _ mode: SessionMode, support: String = "") -> (transcript: String, results: String) {
        let checkIn = Array(repeating: "3", count: content.checkIn.items.count)
        let turn = Array(repeating: "3", count: content.questions(for: mode).count) + [""] + checkIn + [support]
        let names = mode == .couple ? ["Alex", "Sam", ""] : ["Kim"]
        let lines = mode == .couple ? names + turn + [""] + turn + ["", ""] : names + turn + ["", ""]
        let transcript = Transcript(lines)
        var session = PlainSession(content: content, io: transcript.io)
        guard case .finished(let snapshot) = session.run(mode: mode) else { return (transcript.output, "") }
        var text = ResultsText(results: snapshot.results, content: content)
        text.form = .heard
        return (transcript.output, text.render())
    }

    @Test("a whole session alone and a couple's results hold no noise", arguments: [0, 1])
    func noNoise(set: Int) {
        let content = Self.sets[set]
        for mode in [SessionMode.solo, .couple] {
            let (transcript, results) = Self.session(content, mode)
            #expect(!results.isEmpty, "the \(mode) session reached its results")
            #expect(SpeechNoise.lines(in: transcript + results).isEmpty, "\(SpeechNoise.lines(in: transcript + results))")
        }
    }

    @Test("the choices are read out once for each scale; then a short reminder; ? reads them again", arguments: [0, 1])
    func choicesOnce(set: Int) {
        let content = Self.sets[set]
        let (transcript, _) = Self.session(content, .solo)
        let first = "    1  " + content.scale.choices[0]
        // Once before the first agreement question, and once each time the check-in's scale changes to it.
        let agreementItems = content.checkIn.items.filter { $0.scale == CheckInScale.agree }.count
        #expect(transcript.components(separatedBy: first).count - 1 <= 1 + agreementItems)
        let reminder = content.interface(.plainReminder, ["highest": "5"])
        #expect(transcript.components(separatedBy: reminder).count - 1 >= content.questions.count - 2)
        // ? reads the list again.
        let lines = ["Kim", "3", "?", "3"]
        let again = Transcript(lines)
        var session = PlainSession(content: content, io: again.io)
        _ = session.run(mode: .solo)
        #expect(again.output.components(separatedBy: first).count - 1 == 2, "\(again.output)")
    }

    @Test("the support page is short by ear; more gives every other line, the same for everyone", arguments: [0, 1])
    func supportMore(set: Int) {
        let content = Self.sets[set]
        let more = content.interface(.plainMoreWord)
        let (short, _) = Self.session(content, .solo)
        let (full, _) = Self.session(content, .solo, support: more)
        let everyName = content.checkIn.resources.map(\.name)
        let flat = { (text: String) in text.flattened }
        #expect(flat(short).contains(flat(content.interface(.plainSupportMore))))
        #expect(flat(short).contains(flat(content.interface(.supportClosing))), "the same closing words as on screen")
        // A name as heard: "9-8-8" is read in groups.
        let heard = everyName.map { flat(SpokenText.cleaned($0)) }
        #expect(heard.contains { !flat(short).contains($0) }, "lines of other countries wait for more")
        #expect(heard.allSatisfy { flat(full).contains($0) }, "more gives every line")
    }
}
