import Foundation
@testable import SamePageCore
@testable import SamePageViews
@testable import SamePageFiles
import Testing

@Suite("The progress store")
struct ProgressStoreTests {
    let content = AnswerFileTests().content

    func store() throws -> ProgressStore {
        ProgressStore(folder: try AnswerFileTests().scratch() + "/state/samepage")
    }

    var progress: SessionProgress {
        SessionProgress(
            mode: .solo, sheets: [AnswerSheet(name: "Kim", answers: ["r1": .level(5), "r2": .preferNot])],
            place: .question(partner: 0, index: 1), identity: content.identity)
    }

    @Test("a round trip keeps answers and place, in a 0700 folder and a 0600 file")
    func roundTrip() throws {
        let store = try store()
        try store.save(progress)
        #expect(store.load(for: content) == .progress(progress))
        #expect(try FileManager.default.attributesOfItem(atPath: store.folder)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int == 0o600)
        store.delete()
        #expect(store.load(for: content) == .nothing)
    }

    @Test("a session's progress never holds the check-in, not even that it was begun; a check-in in progress starts again")
    func checkInNeverKept() throws {
        var session = Session(content: content, mode: .solo, names: ["Kim"])
        session.answer(.level(4))
        session.answer(.level(2))
        let atReview = try #require(session.progress)
        session.proceed()
        let during = try #require(session.progress)
        #expect(during == atReview, "what is kept does not change as the check-in starts")
        #expect(during.place == .review(partner: 0))
        var resumed = Session(content: content, resuming: during)
        #expect(resumed.stage == .handOff(to: 0), "a resumed turn opens on its ready screen")
        #expect(resumed.progress?.sheets == during.sheets, "and keeps every answer while waiting there")
        resumed.proceed()
        #expect(resumed.stage == .question(partner: 0, index: content.questions.count - 1), "at the last question, as from the review")
        session.answer(.level(1))
        let after = try #require(session.progress)
        #expect(after.place == .perceptionOffer)
        for text in [ProgressStore.encode(during), ProgressStore.encode(after)] {
            #expect(!text.contains("checkin-safe"))
        }
    }

    @Test(
        "damaged, foreign, newer, or other-question files are set aside, never deleted",
        arguments: [
            "not json at all",
            #"{"format": "samepage-answers", "version": 1}"#,
            #"{"format": "samepage-progress", "version": 2, "mode": "solo", "content": {"id": "t", "version": 1, "fingerprint": "FP"}, "partners": [], "place": {"kind": "perception"}}"#,
            #"{"format": "samepage-progress", "version": 1, "mode": "solo", "content": {"id": "t", "version": 1, "fingerprint": "0"}, "partners": [{"name": "K", "answers": {}}], "place": {"kind": "perception"}}"#,
            #"{"format": "samepage-progress", "version": 1, "mode": "solo", "content": {"id": "t", "version": 1, "fingerprint": "FP"}, "partners": [{"name": "K", "answers": {"zz": 1}}], "place": {"kind": "perception"}}"#,
            #"{"format": "samepage-progress", "version": 1, "mode": "solo", "content": {"id": "t", "version": 1, "fingerprint": "FP"}, "partners": [{"name": "K", "answers": {}}], "place": {"kind": "question", "partner": 3, "index": 0}}"#,
        ])
    func setAside(text: String) throws {
        let store = try store()
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        let body = text.replacingOccurrences(of: "FP", with: content.identity.fingerprint)
        try Data(body.utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .setAside(let note) = store.load(for: content) else {
            Issue.record("not set aside: \(text)")
            return
        }
        #expect(note.sentence(english).hasPrefix("The saved progress in \(store.path) could not be used"))
        #expect(!FileManager.default.fileExists(atPath: store.path))
        let kept = try FileManager.default.contentsOfDirectory(atPath: store.folder)
        #expect(kept.count == 1)
        #expect(try String(contentsOfFile: store.folder + "/" + kept[0], encoding: .utf8) == body)
    }

    @Test("the store lives under XDG_STATE_HOME, else under the home folder")
    func location() {
        #expect(ProgressStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.folder == "/s/samepage")
        #expect(ProgressStore.standard(environment: ["HOME": "/h"])?.folder == "/h/.local/state/samepage")
        #expect(ProgressStore.standard(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.folder == "/h/.local/state/samepage")
        #expect(ProgressStore.standard(environment: [:]) == nil)
    }
}
