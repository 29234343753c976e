import Foundation
import Testing

@Suite("The demo", .serialized)
struct DemoTests {
    @Test("five sample couples: every pairing label, every band, every pattern, a gap below the line for roles, a ladder shared in part")
    func samplesThroughJSON() throws {
        let home = try Binary.scratch()
        let run = try Binary.run(["--demo", "--json"], in: home, environment: ["HOME": home])
        #expect(run.status == 0, "\(run.stderr)")
        let couples = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let results = couples.compactMap { $0["results"] as? [String: Any] }
        #expect(
            couples.compactMap { $0["id"] as? String } == ["maya-and-jon", "ana-and-luis", "sam-and-alex", "kai-and-noor", "lee-and-robin"])
        #expect(
            results.compactMap { $0["pairing"] as? String } == [
                "ready-together", "close", "different-paces", "both-unsure", "different-paces",
            ])
        // Lee and Robin: a gap between 16 and 24, so no one is named readier, and a ladder shared at its first step only.
        let gap = try #require(results[4]["gap"] as? Int)
        #expect((16...24).contains(gap), "\(gap)")
        let shared = try #require(results[4]["sharedStep"] as? [String: Any])
        #expect(shared["largest"] as? String == "Read about it" && shared["next"] as? String == "A short call with a therapist")
        let cardIDs = results.map { ($0["cards"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        // Ranked: the pairing's card, each person's top worry (the higher score first), the slow-down card, then
        // the cards by role and side, then the rest.
        #expect(cardIDs[0].prefix(3) == ["couple-ready-together", "partner-past-therapy", "couple-slow-down"])
        #expect(cardIDs[1].prefix(3) == ["couple-close", "partner-overwhelm", "couple-slow-down"])
        #expect(
            cardIDs[2].prefix(8) == [
                "couple-different-paces", "partner-blame", "couple-slow-down", "less-ready-your-pace",
                "partner-ganged-up", "raise-curiosity", "step-back-pause", "raise-boundary",
            ])
        // At their pace: Sam and Alex share no step, so nothing asks for a session ("one or two sessions",
        // "one consult"); Lee and Robin share reading, so nothing asks for more than a call.
        #expect(!cardIDs[2].contains("couple-few-sessions") && !cardIDs[2].contains("raise-one-consult"))
        let leeSteps = (results[4]["cards"] as? [[String: Any]] ?? []).flatMap { $0["steps"] as? [String] ?? [] }
        #expect(!leeSteps.contains { $0.contains("one or two sessions") || $0.contains("first visit") }, "\(leeSteps)")
        // One sample couple for each pattern of how therapy comes up.
        let patterns = results.map { ($0["pattern"] as? [String: Any])?["pattern"] as? String }
        #expect(patterns == ["both-raise", "both-step-back", "one-raises-one-steps-back", "no-clear-pattern", "no-clear-pattern"])
        #expect(cardIDs[3].prefix(3) == ["couple-both-unsure", "partner-vulnerability", "partner-crisis-only"])
        #expect(results.map { $0["readierNow"] as? String } == [nil, nil, "Sam", nil, nil], "roles only when the gap is real")
        let bands = results.map { ($0["partners"] as? [[String: Any]] ?? []).compactMap { $0["band"] as? String } }
        #expect(Set(bands.joined()) == ["ready", "open", "not-now"], "the samples cover every band")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty, "the demo writes nothing")
    }

    @Test("from the welcome screen: open the demo on its summary, page through couples, cards open with why this")
    func demoOnScreen() throws {
        let tmux = try Tmux([])
        try tmux.wait(for: "How are you taking it?")
        try tmux.send("3")
        try tmux.wait(forAll: ["Demo · couple 1 of 5 · Results · Summary", "Sample couple: Maya and Jon, both ready to try"])
        try tmux.send("Right")
        try tmux.wait(forAll: ["Demo · couple 2 of 5", "Sample couple: Ana and Luis, at a similar pace"])
        try tmux.send("5")
        try tmux.wait(for: "Why this? The pairing is A similar pace")
        try tmux.send("Tab", "w")
        try tmux.wait(for: "the second card's reasons closed") { !$0.contains("Why this? Feeling overwhelmed is one of Ana's") }
        try tmux.send("w")
        try tmux.wait(for: "Why this? Feeling overwhelmed is one of Ana's")
        try tmux.send("Left", "Left")
        try tmux.wait(for: "Demo · couple 5 of 5")
        try tmux.send("q")
        try tmux.wait(for: "Nothing from the demo is kept.")
        try tmux.send("y")
        try tmux.wait(for: "EXIT=0")
        #expect(tmux.filesInHome.isEmpty)
    }
}
