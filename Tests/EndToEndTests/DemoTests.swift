import Foundation
import Testing

@Suite("The demo", .serialized)
struct DemoTests {
    @Test("four sample couples, one per pairing label, each with its own top hesitations; nothing written")
    func samplesThroughJSON() throws {
        let home = try Binary.scratch()
        let run = try Binary.run(["--demo", "--json"], in: home, environment: ["HOME": home])
        #expect(run.status == 0, "\(run.stderr)")
        let couples = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let results = couples.compactMap { $0["results"] as? [String: Any] }
        #expect(couples.compactMap { $0["id"] as? String } == ["maya-and-jon", "ana-and-luis", "sam-and-alex", "kai-and-noor"])
        #expect(results.compactMap { $0["pairing"] as? String } == ["ready-together", "close", "different-paces", "both-unsure"])
        let cardIDs = results.map { ($0["cards"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(cardIDs[0].prefix(2) == ["couple-ready-together", "partner-past-therapy"])
        #expect(cardIDs[1].prefix(2) == ["couple-close", "partner-overwhelm"])
        #expect(cardIDs[2].prefix(6) == ["couple-different-paces", "lean-in-own-therapy", "lean-in-one-consult", "lean-in-curiosity",
                                         "lean-in-name-need", "lean-out-your-pace"])
        #expect(cardIDs[3].prefix(3) == ["couple-both-unsure", "partner-vulnerability", "partner-crisis-only"])
        #expect(results[2]["leaningIn"] as? String == "Sam")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty, "the demo writes nothing")
    }

    @Test("from the welcome screen: open the demo, page through two couples, toggle why this")
    func demoOnScreen() throws {
        let tmux = try Tmux([])
        try tmux.wait(for: "How are you taking it?")
        try tmux.send("3")
        try tmux.wait(forAll: ["Demo · couple 1 of 4", "Sample couple: Maya and Jon, both ready to try"])
        try tmux.send("Right")
        try tmux.wait(forAll: ["Demo · couple 2 of 4", "Sample couple: Ana and Luis, close but unsure"])
        try tmux.send("Tab")
        try tmux.wait(for: "Why this? Feeling overwhelmed is one of Ana's")
        try tmux.send("w")
        try tmux.wait(for: "(press w: why this card?)")
        try tmux.send("w")
        try tmux.wait(for: "Why this? Feeling overwhelmed is one of Ana's")
        try tmux.send("Left", "Left")
        try tmux.wait(forAll: ["Demo · couple 4 of 4", "Kai and Noor"])
        try tmux.send("q")
        try tmux.wait(for: "Nothing from the demo is kept.")
        try tmux.send("y")
        try tmux.wait(for: "EXIT=0")
        #expect(tmux.filesInHome.isEmpty)
    }
}
