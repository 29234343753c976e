import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// Progress that survives: closed windows, signals, Ctrl-C twice, and what the quick exit and --private leave.
@Suite("Progress in a real terminal (tmux)", .serialized)
struct ProgressTests {
    let content = Shipped.content
    var questions: Int { Shipped.questions }

    var progressFile: String { ".local/state/samepage/progress.json" }

    /// Starts a solo session as Kim and answers 1, 2, 3, 4, 5, 0 to the first six questions.
    func answerSix(_ tmux: Tmux) throws {
        try tmux.startSolo("Kim")
        try tmux.send("1", "2", "3", "4", "5", "0")
        try tmux.wait(for: "Question 7 of \(questions)")
    }

    /// From question 7 to the results: the other answers, Done, a calm check-in, and no guesses.
    func answerTheRest(_ tmux: Tmux) throws {
        try tmux.send(contentsOf: Array(repeating: "3", count: questions - 6))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.send(contentsOf: Array(repeating: "3", count: content.checkIn.items.count))
        try tmux.send("Enter", "s")
        try tmux.wait(for: "Results · Summary")
    }

    /// Resumes in a new terminal with the same home and checks all six answers in the review.
    func resumeAndCheck(home: String) throws {
        let tmux = try Tmux(["--solo"], home: home)
        let offer = try tmux.wait(forAll: ["Press Enter to resume, or d to discard.", "Kim, at question 7 of \(questions)."])
        for label in content.scale.choices { #expect(!offer.contains(label), "the offer shows no answer") }
        try tmux.send("Enter")
        let ready = try tmux.wait(for: "This is Kim's unfinished session")
        for label in content.scale.choices { #expect(!ready.contains(label), "the ready screen shows no answer") }
        try tmux.send("Enter")
        try tmux.wait(for: "Question 7 of \(questions)")
        try tmux.send("r", "Home")
        let expected = content.scale.choices + [content.scale.preferNot]
        try tmux.wait(for: "all six answers in the review") { screen in
            let rows = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return expected.enumerated().allSatisfy { index, label in
                rows.contains { ($0.hasPrefix("\(index + 1). ") || $0.hasPrefix("› \(index + 1). ")) && $0.hasSuffix(label) }
            }
        }
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=1")
    }

    @Test("closing the window (SIGHUP) mid-session keeps every answer, and the next start resumes there")
    func closedWindow() throws {
        let tmux = try Tmux(["--solo"])
        try answerSix(tmux)
        let home = tmux.home
        let pid = try tmux.programID()
        try tmux.closeWindow()
        try waitForFile(home + "/" + progressFile)
        // The next start waits for this one to be gone: until then it holds the account's progress (and says so).
        try waitForExit(pid)
        try resumeAndCheck(home: home)
    }

    @Test("SIGTERM mid-session keeps every answer too")
    func terminated() throws {
        let tmux = try Tmux(["--solo"])
        try answerSix(tmux)
        kill(try tmux.programID(), SIGTERM)
        let after = try tmux.wait(for: "EXIT=143")
        #expect(after.contains("Stopped before the end."))
        try resumeAndCheck(home: tmux.home)
    }

    @Test("Ctrl-C twice fast leaves a whole progress file")
    func doubleControlC() throws {
        let tmux = try Tmux(["--solo"])
        try answerSix(tmux)
        try tmux.send("C-c", "C-c")
        try tmux.wait(for: "EXIT=130")
        let data = try Data(contentsOf: URL(fileURLWithPath: tmux.home + "/" + progressFile))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "the file is whole JSON")
        try resumeAndCheck(home: tmux.home)
    }

    @Test("the progress folder is 0700 and the file 0600, and it never holds the check-in")
    func permissionsAndPrivacy() throws {
        let tmux = try Tmux(["--solo"])
        try answerSix(tmux)
        try tmux.send(contentsOf: Array(repeating: "3", count: questions - 6))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter", "1", "5")
        try tmux.wait(for: "Private check-in · 3 of")
        let folder = tmux.home + "/.local/state/samepage"
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/progress.json")[.posixPermissions] as? Int == 0o600)
        let saved = try String(contentsOfFile: folder + "/progress.json", encoding: .utf8)
        for item in content.checkIn.items { #expect(!saved.contains(item.id)) }
        #expect(!saved.contains("check-in"), "nothing says a person was in the check-in")
        #expect(saved.contains("\"review\""), "kept as at the review: a resumed check-in starts again from its first question")
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=1")
        #expect(tmux.filesInHome.isEmpty, "the quick exit deletes the progress file")
    }

    @Test("quitting offers to keep or discard; finishing deletes the progress")
    func quitKeepOrDiscard() throws {
        let keep = try Tmux(["--solo"])
        try answerSix(keep)
        try keep.send("q")
        try keep.wait(for: "k  quit, and keep your answers")
        try keep.send("k")
        try keep.wait(for: "EXIT=1")
        #expect(keep.filesInHome == [progressFile])

        let discard = try Tmux(["--solo"], home: keep.home)
        try discard.wait(for: "Press Enter to resume")
        try discard.send("Enter", "q")
        try discard.wait(for: "d  quit, and discard your answers")
        try discard.send("d")
        try discard.wait(for: "EXIT=1")
        #expect(discard.filesInHome.isEmpty)

        let finish = try Tmux(["--solo"])
        try answerSix(finish)
        try answerTheRest(finish)
        #expect(finish.filesInHome.isEmpty, "the results are not progress: reaching them deletes it")
        try finish.send("q", "y")
        try finish.wait(for: "EXIT=0")
        #expect(finish.filesInHome.isEmpty)
    }

    @Test("--private writes nothing anywhere under a fresh home, through a whole session and a quit")
    func privateMode() throws {
        let folder = try Binary.scratch()
        let whole = try Tmux(["--solo", "--private"], folder: folder)
        try answerSix(whole)
        try answerTheRest(whole)
        try whole.send("q", "y")
        try whole.wait(for: "EXIT=0")
        let quit = try Tmux(["--solo", "--private"], folder: folder, home: whole.home)
        try answerSix(quit)
        try quit.send("q")
        try quit.wait(for: "Your answers will not be kept.")
        try quit.send("y")
        try quit.wait(for: "EXIT=1")
        #expect(quit.filesInHome.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("a damaged progress file is set aside with one sentence, and a new session starts")
    func damagedProgress() throws {
        let home = try Binary.scratch()
        let folder = home + "/.local/state/samepage"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{\"format\": \"samepage-progress\", \"vers".utf8).write(to: URL(fileURLWithPath: folder + "/progress.json"))
        let tmux = try Tmux([], home: home)
        try tmux.wait(for: "How are you taking it?")
        try tmux.send("q", "y")
        let after = try tmux.wait(for: "EXIT=1").replacingOccurrences(of: "\n", with: "")
        #expect(after.contains("could not be used (damaged, or made for other questions), so it was kept as"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(aside.count == 1 && aside[0].hasPrefix("progress.json.unreadable-"))
        #expect(try String(contentsOfFile: folder + "/" + aside[0], encoding: .utf8) == "{\"format\": \"samepage-progress\", \"vers")
    }

    private func waitForFile(_ path: String) throws {
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    }

    /// Waits until process `pid` has ended (a closed window's SIGHUP is handled before it exits).
    private func waitForExit(_ pid: Int32) throws {
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0 {
            guard Date() < deadline else { throw Tmux.Timeout(description: "samepage (\(pid)) did not end after its window closed") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
