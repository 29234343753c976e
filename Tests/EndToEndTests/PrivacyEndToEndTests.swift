import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing

/// The privacy promises at one keyboard, with the real binary in a real terminal: every pane has a fresh
/// HOME and XDG_STATE_HOME, and every check reads the disk byte for byte and the screen word for word.
@Suite("Privacy at one keyboard, end to end (tmux)", .serialized)
struct PrivacyEndToEndTests {
    let content = Shipped.content
    var questions: Int { Shipped.questions }

    func pane(
        _ arguments: [String], home: String? = nil, folder: String? = nil, redirect: String? = nil,
        environment extra: [String: String] = [:], wrapper: String? = nil
    ) throws -> Tmux {
        let home = try home ?? Binary.scratch()
        var environment = ["XDG_STATE_HOME": home + "/state"]
        environment.merge(extra) { $1 }
        return try Tmux(arguments, environment: environment, folder: folder, redirect: redirect, home: home, wrapper: wrapper)
    }

    func progress(_ tmux: Tmux) -> String { tmux.home + "/state/samepage/progress.json" }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// The screen with its lines joined, so a sentence wrapped over two lines can be found whole.
    func unwrapped(_ screen: String) -> String { screen.replacingOccurrences(of: "\n  ", with: " ") }

    /// From the first question of a solo session to its results: every answer 3, a calm check-in, no guesses.
    func toResults(_ tmux: Tmux) throws {
        try tmux.send(contentsOf: Array(repeating: "3", count: questions))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.send(contentsOf: content.checkIn.items.map { _ in "3" })
        try tmux.wait(for: content.checkIn.support.title)
        try tmux.send("Enter")
        try tmux.wait(for: "Press Enter to guess, or s to skip.")
        try tmux.send("s")
        try tmux.wait(for: "Results · Summary")
    }

    /// A line-by-line turn from its first question to the support page: "3" to every question and check-in item.
    func plainTurn(_ tmux: Tmux) throws {
        for answer in Shipped.opening + Array(repeating: "3", count: questions) { try tmux.send(answer, "Enter") }
        try tmux.wait(for: "Question number, or Enter:")
        try tmux.send("Enter")
        for _ in content.checkIn.items { try tmux.send("3", "Enter") }
        try tmux.wait(for: content.interface(.supportClosing))
    }

    /// A line-by-line solo session with `--save kim.json` (keeping its place or not) up to its last Enter,
    /// with someone else's kim.json written just before it. Returns the pane, its folder and that file.
    func plainSaveTargetAppears(keep: String) throws -> (Tmux, String, Data) {
        let folder = try Binary.scratch()
        let tmux = try pane(["--plain", "--solo", "--save", "kim.json"], folder: folder)
        try tmux.wait(for: "Keep your place? Type y")
        try tmux.send(keep, "Enter")
        try tmux.wait(for: "Your name [You]:")
        try tmux.send("Enter")
        try plainTurn(tmux)
        try tmux.send("Enter")
        try tmux.wait(for: "Type y to guess, or press Enter to skip:")
        let theirs = Data("someone else's file\n".utf8)
        try theirs.write(to: URL(fileURLWithPath: folder + "/kim.json"))
        try tmux.send("Enter")
        return (tmux, folder, theirs)
    }

    func waitUntil(_ what: String, seconds: Double = 10, _ test: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !test() {
            guard Date() < deadline else { throw Tmux.Timeout(description: "waited \(seconds)s for \(what)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    @Test("the welcome screen names the file it keeps, and it is kept there; keeping nothing writes nothing")
    func welcomeTellsTheTruth() throws {
        let keep = try pane(["--solo"])
        let welcome = unwrapped(try keep.wait(for: "How are you taking it?"))
        let shown = try #require(
            welcome.firstMatch(
                of:
                    /Your answers are kept in (\S+) until you reach the results or discard them\. Anyone who uses this computer account, including a partner, can open that file\./
            ))
        let path = String(shown.1).replacingOccurrences(of: "~", with: keep.home)
        #expect(path == progress(keep))
        try keep.startSolo("Kim")
        try keep.send("4")
        try keep.wait(for: "Question 2 of")
        try waitUntil("the progress file") { bytes(path) != nil }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        try keep.send("q", "k")
        let after = try keep.wait(for: "EXIT=1").replacingOccurrences(of: "\n", with: "")
        #expect(after.contains("You quit before the end. Your answers so far are kept in \(path);"))
        #expect(keep.filesInHome == ["state/samepage/progress.json"])

        let nothing = try pane(["--solo"])
        try nothing.wait(for: "[x] Keep my place if interrupted (p: keep nothing)")
        try nothing.send("p")
        // Waits for the whole frame: the tick and the sentences under it are drawn row by row, so a capture
        // can catch a row still holding the end of the longer sentence it replaces.
        let sentence = "Nothing is written to disk. If you quit or are interrupted, your answers are gone. This gives you information."
        let off = unwrapped(
            try nothing.wait(for: "the frame with keeping off") { screen in
                screen.contains("[ ] Keep my place if interrupted (p: keep it)") && self.unwrapped(screen).contains(sentence)
            })
        #expect(!off.contains("Your answers are kept in"))
        try nothing.startSolo("Kim")
        try nothing.send("4", "4", "q")
        try nothing.wait(for: "Your answers will not be kept.")
        try nothing.send("y")
        let quit = try nothing.wait(for: "EXIT=1").replacingOccurrences(of: "\n", with: "")
        #expect(quit.contains("You quit before the end. Nothing was saved."))
        #expect(nothing.filesInHome.isEmpty)
    }

    @Test("a second copy on the same account never sees, offers or touches the first one's live session")
    func secondCopyAfter() throws {
        let first = try pane(["--solo"])
        try first.startSolo("Kim")
        try first.send("4", "2")
        try first.wait(for: "Question 3 of")
        try waitUntil("the progress file") { bytes(progress(first))?.isEmpty == false }
        let before = try #require(bytes(progress(first)))

        let second = try pane([], home: first.home)
        let screen = unwrapped(try second.wait(for: "How are you taking it?"))
        #expect(screen.contains("samepage is already open on this account, so this window keeps nothing on disk (private mode)."))
        #expect(!screen.contains("Welcome back") && !screen.contains("Kim"))
        try second.send("2", "Enter", "5", "5", "q")
        try second.wait(for: "Your answers will not be kept.")
        try second.send("y")
        try second.wait(for: "EXIT=1")
        #expect(bytes(progress(first)) == before, "the live session's file is byte for byte as it was")

        try first.send("5")
        try first.wait(for: "Question 4 of")
        try waitUntil("the first copy's next write") { bytes(progress(first)) != before }
    }

    @Test("two copies started together: exactly one keeps progress, the other says a session is already open")
    func twoCopiesTogether() throws {
        let home = try Binary.scratch()
        let panes = try [pane(["--solo"], home: home), pane(["--solo"], home: home)]
        let screens = try panes.map { unwrapped(try $0.wait(for: "How are you taking it?")) }
        let busy = screens.filter { $0.contains("samepage is already open on this account") }
        let keeping = screens.filter { $0.contains("[x] Keep my place if interrupted") }
        #expect(busy.count == 1 && keeping.count == 1)
        for tmux in panes {
            try tmux.startSolo("Kim")
            try tmux.send("3")
        }
        try waitUntil("one progress file") { bytes(home + "/state/samepage/progress.json") != nil }
        for tmux in panes {
            try tmux.send("q")
            // The whole box, down to its last row ("any other key  stay"), before reading which keys it takes.
            let box = try tmux.wait(forAll: ["Quit now?", "any other key  stay"])
            // Each box takes only the keys it shows: k where the answers are kept, else y.
            try tmux.send(box.contains("k  quit, and keep") ? "k" : "y")
            try tmux.wait(for: "EXIT=1")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/state/samepage")
        #expect(files == ["progress.json"], "one file, whole, and no temporary file left")
        let saved = try #require(bytes(home + "/state/samepage/progress.json"))
        #expect((try? JSONSerialization.jsonObject(with: saved)) != nil)
    }

    @Test("a file where the state folder should be: the welcome screen names the cause, and nothing is written")
    func fileInPlace() throws {
        let home = try Binary.scratch()
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
        let blocker = home + "/state/samepage"
        try Data("not a folder\n".utf8).write(to: URL(fileURLWithPath: blocker))
        let tmux = try pane(["--solo"], home: home)
        // A long path wraps anywhere (a longer $TMPDIR breaks it inside a word): spaces are not compared.
        let welcome = Tmux.squeezed(try tmux.wait(for: "How are you taking it?"))
        #expect(
            welcome.contains(
                Tmux.squeezed("Your place cannot be kept on this computer (\(blocker) is not a folder), so nothing is written to disk.")))
        try tmux.startSolo("Kim")
        try tmux.send("4", "q")
        try tmux.wait(for: "Your answers will not be kept.")
        try tmux.send("y")
        let after = try tmux.wait(for: "EXIT=1").replacingOccurrences(of: "\n", with: "")
        #expect(after.contains("You quit before the end. Nothing was saved."))
        #expect(bytes(blocker) == Data("not a folder\n".utf8))
    }

    static let canMount: Bool = {
        let folder = NSTemporaryDirectory() + "samepage-mount-check-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return shell("unshare -m sh -c 'mount -t tmpfs -o size=4k tmpfs \(folder)'") == 0
    }()

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Each write fails from the first answer on: said at once in the status line, the quit box stops
    /// offering to keep, and the last words name the system's own cause.
    @Test(
        "a read-only state folder and a full disk are said at once, with the real cause, and never called kept",
        .enabled(if: canMount, "needs `unshare -m` and mount (root in a private mount namespace)"),
        arguments: [
            ("mount --bind -o ro \"$S\" \"$S\"", "Read-only file system"),
            (
                "mount -t tmpfs -o size=4k tmpfs \"$S\" && mkdir \"$S/samepage\" && (head -c 4096 /dev/zero > \"$S/fill\" || true)",
                "No space left on device"
            ),
        ])
    func unwritable(mount: String, cause: String) throws {
        let home = try Binary.scratch()
        let state = home + "/state"
        try FileManager.default.createDirectory(atPath: state + "/samepage", withIntermediateDirectories: true)
        let wrapper = "S=\(Tmux.quote(state)) unshare -m sh -c '\(mount.replacingOccurrences(of: "'", with: "'\\''")) && exec \"$@\"' sh"
        let tmux = try pane(["--solo"], home: home, wrapper: wrapper)
        try tmux.wait(for: "[x] Keep my place if interrupted")
        try tmux.startSolo("Kim")
        try tmux.send("4")
        try tmux.wait(for: "Your place is not being kept: \(cause).")
        try tmux.send("q")
        let box = try tmux.wait(for: "Your answers could not be kept:")
        #expect(box.contains(cause) && !box.contains("keep your answers") && !box.contains("discard"))
        try tmux.send("y")
        let after = try tmux.wait(for: "EXIT=1").replacingOccurrences(of: "\n", with: "")
        #expect(after.contains("You quit before the end. Your latest answers could not be kept (\(cause)). Nothing was kept."))
        #expect(!after.contains("are kept in"))
    }

    /// A signal on the results finishes the session as leaving would: results printed, --save written,
    /// progress deleted only after both, and the signal's exit code.
    @Test(
        "SIGTERM and a closed window on the results still print the results and write --save",
        arguments: [SIGTERM, SIGHUP])
    func signalOnResults(signal: Int32) throws {
        let folder = try Binary.scratch()
        let tmux = try pane(["--solo", "--save", "kim.json", "--json"], folder: folder, redirect: "results.json")
        try tmux.startSolo("Kim")
        try toResults(tmux)
        try waitUntil("--save written as the results are reached") { (bytes(folder + "/kim.json")?.count ?? 0) > 0 }
        #expect(bytes(progress(tmux)) == nil, "the results are not progress: what was kept went as they were reached")
        if signal == SIGHUP {
            try tmux.closeWindow()
        } else {
            kill(try tmux.programID(), signal)
            try tmux.wait(for: "EXIT=143")
        }
        try waitUntil("the results, whole, in their file") {
            bytes(folder + "/results.json").flatMap { try? JSONSerialization.jsonObject(with: $0) } != nil
        }
        let saved = try #require(bytes(folder + "/kim.json"))
        #expect(String(decoding: saved, as: UTF8.self).contains("\"format\": \"samepage-answers\""))
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/kim.json")[.posixPermissions] as? Int == 0o600)
        let results = try #require(bytes(folder + "/results.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: results) as? [String: Any])
        #expect((json["partners"] as? [[String: Any]])?.first?["name"] as? String == "Kim")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["kim.json", "results.json"])
    }

    @Test("nothing kept opens into the results: they delete what was kept, and the next start is a new session")
    func resultsLeaveNothing() throws {
        let tmux = try pane(["--solo"])
        try tmux.startSolo("Kim")
        try tmux.send("4")
        try waitUntil("the progress file") { bytes(progress(tmux)) != nil }
        try tmux.send("BSpace")
        try toResults(tmux)
        try waitUntil("the progress file gone as the results show") { bytes(progress(tmux)) == nil }
        let pid = try tmux.programID()
        try tmux.closeWindow()
        try waitUntil("the program gone") { kill(pid, 0) != 0 }
        let next = try pane(["--solo"], home: tmux.home)
        let welcome = try next.wait(for: "How are you taking it?")
        #expect(!welcome.contains("Welcome back") && !welcome.contains("Kim"), "whoever starts samepage next sees no one's results")
        #expect(welcome.contains("[x] Keep my place if interrupted"), "and this copy is the only one open")
        #expect(next.filesInHome.isEmpty)
    }

    @Test("--print puts the results in the terminal as the full screen is left; without it, only a file or a pipe gets them")
    func printFlag() throws {
        let tmux = try pane(["--solo", "--private", "--print"])
        try tmux.startSolo("Kim")
        try toResults(tmux)
        try tmux.send("q")
        try tmux.wait(for: "The results are printed as you leave.")
        try tmux.send("y")
        try tmux.wait(for: "EXIT=0")
        #expect(try tmux.screen(history: true).contains("1 Summary"))
    }

    @Test("quitting from the resume offer says the unfinished session stays, and it does, byte for byte")
    func quitAtResumeOffer() throws {
        let first = try pane(["--solo"])
        try first.startSolo("Kim")
        try first.send("4", "4", "q", "k")
        try first.wait(for: "EXIT=1")
        let kept = try #require(bytes(progress(first)))
        let second = try pane(["--solo"], home: first.home)
        try second.wait(for: "Press Enter to resume")
        try second.send("q")
        try second.wait(for: "The unfinished session stays on this")
        try second.send("y")
        let after = try second.wait(for: "EXIT=1").replacingOccurrences(of: "\n", with: "")
        #expect(after.contains("Your answers so far are kept in \(progress(first))"))
        #expect(bytes(progress(first)) == kept)
    }

    @Test("line by line, Ctrl-C at the offer of saves after the results ends the program")
    func controlCAtSaveOffer() throws {
        let tmux = try pane(["--plain", "--solo"])
        try tmux.wait(for: "Keep your place? Type y")
        try tmux.send("n", "Enter")
        try tmux.wait(for: "Your name [You]:")
        try tmux.send("Enter")
        try plainTurn(tmux)
        try tmux.send("Enter", "Enter")
        try tmux.wait(forWrapped: "Type more to hear the rest in full")
        try tmux.send("Enter")
        try tmux.wait(for: "To save, type r for a report")
        try tmux.send("C-c")
        // The prompt is long, so the status may wrap onto the next line.
        try tmux.wait(for: "EXIT=130") { $0.replacingOccurrences(of: "\n", with: "").contains("EXIT=130") }
    }

    /// A full-screen solo session with `--save kim.json`, where someone else's kim.json appears before the
    /// results: --save is written as they are reached, so the save box asks at once.
    func saveBoxOnResults() throws -> (tmux: Tmux, folder: String, theirs: Data, asked: String) {
        let folder = try Binary.scratch()
        let tmux = try pane(["--solo", "--save", "kim.json"], folder: folder)
        try tmux.startSolo("Kim")
        let theirs = Data("someone else's file\n".utf8)
        try theirs.write(to: URL(fileURLWithPath: folder + "/kim.json"))
        try toResults(tmux)
        let asked = try tmux.wait(for: "Save the answers as:").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (tmux, folder, theirs, asked)
    }

    /// In the save box that asks for another name: replaces the name offered ("kim.json") with `name`, waits
    /// for the saved sentence, then leaves; returns what was printed after, on one line.
    func saveAs(_ name: String, in folder: String, _ tmux: Tmux) throws -> String {
        try tmux.sendKeys(Array(repeating: "BSpace", count: 8))
        try tmux.type(name)
        try tmux.send("Enter")
        try tmux.wait(forWrapped: "Saved in \(folder)/\(name) (readable by this account only).")
        try tmux.send("q", "y")
        return try tmux.wait(for: "EXIT=0").replacingOccurrences(of: "\n", with: "")
    }

    @Test("the --save file appearing meanwhile is never replaced: full screen asks for another name")
    func saveTargetAppearsFullScreen() throws {
        let (tmux, folder, theirs, asked) = try saveBoxOnResults()
        // The whole sentence is in view, wrapped inside the box.
        #expect(asked.contains("kim.json appeared while you answered, so it was not replaced. Type another name."))
        #expect(bytes(folder + "/kim.json") == theirs)
        let after = try saveAs("kim-2.json", in: folder, tmux)
        #expect(after.contains("Your answers are saved in \(folder)/kim-2.json (readable by this account only)."))
        #expect(bytes(folder + "/kim.json") == theirs)
        #expect(String(decoding: try #require(bytes(folder + "/kim-2.json")), as: UTF8.self).contains("samepage-answers"))
        #expect(bytes(progress(tmux)) == nil)
        #expect(!FileManager.default.fileExists(atPath: tmux.home + "/state/samepage"), "the emptied folder goes too")
    }

    @Test("a window closed while the save box asks for another name keeps the answers to resume; nothing is replaced")
    func saveBoxThenClosedWindow() throws {
        let (tmux, folder, theirs, _) = try saveBoxOnResults()
        #expect(bytes(progress(tmux)) != nil, "until --save is written, the answers are kept")
        let pid = try tmux.programID()
        try tmux.closeWindow()
        try waitUntil("the program gone") { kill(pid, 0) != 0 }
        #expect(bytes(folder + "/kim.json") == theirs)
        let next = try pane(["--solo"], home: tmux.home)
        try next.wait(forAll: ["Press Enter to resume, or d to discard.", "Kim"])
    }

    @Test("starting over after --save was written saves the new session's answers, never the ones thrown away")
    func startOverSavesTheNewAnswers() throws {
        let folder = try Binary.scratch()
        let tmux = try pane(["--solo", "--save", "kim.json"], folder: folder)
        try tmux.startSolo("Kim")
        try toResults(tmux)
        try waitUntil("--save written") { bytes(folder + "/kim.json") != nil }
        let first = try #require(bytes(folder + "/kim.json"))
        try tmux.send("n", "y")
        try tmux.startSolo("Lee")
        try toResults(tmux)
        // The file now holds the first answers, so the save box asks for another name for the new ones.
        try tmux.wait(for: "Save the answers as:")
        let after = try saveAs("lee.json", in: folder, tmux)
        #expect(after.contains("Your answers are saved in \(folder)/lee.json"))
        #expect(bytes(folder + "/kim.json") == first, "the first file is left as it was")
        #expect(String(decoding: try #require(bytes(folder + "/lee.json")), as: UTF8.self).contains("\"Lee\""))
    }

    @Test("the --save file appearing meanwhile, line by line, with the place kept: never replaced, asked for another name, still kept")
    func saveTargetAppearsPlain() throws {
        let (tmux, folder, theirs) = try plainSaveTargetAppears(keep: "y")
        let asked = try tmux.wait(for: "Type another file name for your answers").replacingOccurrences(of: "\n", with: "")
        #expect(asked.contains("kim.json already exists; choose another name or move that file first."))
        #expect(bytes(folder + "/kim.json") == theirs)
        #expect(bytes(progress(tmux)) != nil, "until --save is written, the answers stay kept")
        try tmux.send("Enter")
        let after = try tmux.wait(for: "EXIT=73").replacingOccurrences(of: "\n", with: "")
        #expect(
            after.contains("Your answers are still kept on this computer: run samepage again with --save and another name to save them."))
        #expect(bytes(progress(tmux)) != nil)
    }

    @Test("line by line with nothing kept, a --save file that appeared meanwhile: asked for another name, never replaced")
    func saveTargetAppearsPlainKeepingNothing() throws {
        let (tmux, folder, theirs) = try plainSaveTargetAppears(keep: "n")
        try tmux.wait(for: "Type another file name for your answers")
        try tmux.type("kim-2.json")
        try tmux.send("Enter")
        try tmux.wait(forWrapped: "Type more to hear the rest in full")
        try tmux.send("Enter")
        try tmux.wait(for: "To save, type r for a report")
        try tmux.send("Enter")
        let after = try tmux.wait(for: "EXIT=0").replacingOccurrences(of: "\n", with: "")
        #expect(after.contains("Your answers are saved in \(folder)/kim-2.json"))
        #expect(bytes(folder + "/kim.json") == theirs)
        #expect(String(decoding: try #require(bytes(folder + "/kim-2.json")), as: UTF8.self).contains("samepage-answers"))
    }

    @Test("temporary files left by a killed write are removed at start; a live process's is left alone")
    func leftoverTemporaries() throws {
        let home = try Binary.scratch()
        let folder = try Binary.scratch()
        let state = home + "/state/samepage"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let dead = [state + "/.progress.json.2000000000.7.tmp", folder + "/.kim.json.2000000000.7.tmp"]
        let live = folder + "/.kim.json.\(getpid()).7.tmp"
        for path in dead + [live] { try Data("{\"answers\": {}}".utf8).write(to: URL(fileURLWithPath: path)) }
        let tmux = try pane(["--solo", "--save", "kim.json"], home: home, folder: folder)
        try tmux.wait(for: "How are you taking it?")
        for path in dead { #expect(bytes(path) == nil, "\(path) is removed") }
        #expect(bytes(live) != nil)
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=1")
    }

    @Test("a couple on TERM=dumb is told first that answers may stay in view, and the hand-off pushes them out")
    func dumbTerminal() throws {
        let tmux = try pane(["--couple"], environment: ["TERM": "dumb"])
        try tmux.wait(for: "Keep your place? Type y")
        try tmux.send("Enter")
        try tmux.wait(for: "First person's name")
        try tmux.send("Enter", "Enter")
        let warned = unwrapped(try tmux.wait(for: "Partner A, press Enter when you are alone."))
            .replacingOccurrences(of: "\n", with: " ")
        #expect(warned.contains("This terminal cannot clear its screen, so each person's answers may stay in view"))
        #expect(warned.contains("samepage --solo --save FILE"))
        try tmux.send("Enter")
        for _ in 0..<questions { try tmux.send("5", "Enter") }
        try tmux.wait(for: "Question number, or Enter:")
        try tmux.send("Enter")
        for item in content.checkIn.items { try tmux.send(item.scale == .agree ? "1" : "4", "Enter") }
        try tmux.wait(for: content.interface(.supportClosing))
        #expect(try tmux.screen(history: true).contains(content.checkIn.support.title))
        try tmux.send("Enter")
        let handOff = try tmux.wait(for: "Partner B, press Enter when you are alone.")
        for text in privateTexts + ["Your answer: 5", content.questions.last!.item.text.prefix(30).description] {
            #expect(!handOff.contains(text), "\(text) is out of view at the hand-off")
        }
        // The second turn's check-in is pushed out of view too, before the guesses and the results.
        try tmux.send("Enter")
        for _ in 0..<questions { try tmux.send("3", "Enter") }
        try tmux.wait(for: "Question number, or Enter:")
        try tmux.send("Enter")
        for item in content.checkIn.items { try tmux.send(item.scale == .agree ? "1" : "4", "Enter") }
        try tmux.wait(for: content.interface(.supportClosing))
        try tmux.send("Enter")
        let offer = try tmux.wait(for: "Type y to guess, or press Enter to skip:")
        for text in privateTexts + [content.interface(.supportClosing)] {
            #expect(!offer.contains(text), "\(text) is out of view after the second turn")
        }
        try tmux.send("C-c")
    }

    var privateTexts: [String] {
        content.checkIn.items.map { String($0.text.prefix(30)) } + [content.checkIn.support.title]
    }

    @Test("TERM=linux (no alternate screen): the hand-off shows nothing of the first turn, and quitting clears the screen")
    func linuxConsole() throws {
        let tmux = try pane(["--couple"], environment: ["TERM": "linux"])
        try tmux.enterNames("Alex", "Sam")
        try tmux.send(contentsOf: Array(repeating: "5", count: questions))
        try tmux.wait(for: "Done: go on")
        try tmux.send("Enter")
        try tmux.send(contentsOf: content.checkIn.items.map { $0.scale == .agree ? "1" : "4" })
        try tmux.wait(for: content.checkIn.support.title)
        try tmux.send("Enter")
        let handOff = try tmux.wait(for: "Sam, press Enter when you are alone.")
        for text in privateTexts + ["your answer", "Done: go on"] { #expect(!handOff.contains(text)) }
        try tmux.send("Enter", "4")
        try tmux.wait(for: "Question 2 of")
        try tmux.send("q", "y")
        let after = try tmux.wait(for: "EXIT=1")
        let history = try tmux.screen(history: true)
        for text in ["Question 2 of", "Sam's turn", content.questions[1].item.text.prefix(30).description] {
            #expect(!after.contains(text) && !history.contains(text), "\(text) is gone from the console")
        }
    }

    @Test(
        "Ctrl-Z is a quit for privacy: on a console with no alternate screen, nothing of the review stays in view; fg redraws it",
        arguments: ["linux", "vt100", "screen"])
    func suspendClears(term: String) throws {
        let tmux = try Tmux(shell: ["--couple", "--private"], term: term)
        try tmux.enterNames("Alex", "Sam")
        try tmux.send(contentsOf: Array(repeating: "5", count: questions))
        try tmux.wait(for: "Done: go on")
        try tmux.send("r")
        try tmux.wait(for: "Your answers, only for you")
        try tmux.send("C-z")
        let stopped = try tmux.wait(for: "Stopped")
        let history = try tmux.screen(history: true)
        for text in ["Your answers, only for you", "Done: go on", content.questions[0].item.text.prefix(30).description, "Strongly agree"] {
            #expect(!stopped.contains(text) && !history.contains(text), "\(term): \(text) stays in view while stopped")
        }
        try tmux.type("fg")
        try tmux.send("Enter")
        try tmux.wait(forAll: ["Your answers, only for you", "Ctrl-X quick exit"])
        try tmux.send("C-x")
    }

    @Test("Enter on an unanswered question answers nothing and says how to choose")
    func enterWithoutChoice() throws {
        let tmux = try pane(["--solo", "--private"])
        try tmux.startSolo("Kim")
        try tmux.send("Enter")
        let hint = try tmux.wait(for: "Choose an answer first")
        #expect(hint.contains("Question 1 of"))
        try tmux.send("Down", "Enter")
        try tmux.wait(for: "Question 2 of")
        try tmux.send("Left")
        try tmux.wait(for: "1  \(content.scale.choices[0])  • your answer")
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=1")
    }

    @Test("n on the results asks before throwing them away")
    func startOverAsks() throws {
        let tmux = try pane(["--solo"])
        try tmux.startSolo("Kim")
        try toResults(tmux)
        try tmux.send("n")
        try tmux.wait(forAll: ["Start over?", "These results will be gone"])
        try tmux.send("Escape")
        try tmux.wait(for: "the results, still there") { !$0.contains("Start over?") && $0.contains("Results · Summary") }
        #expect(bytes(progress(tmux)) == nil, "the results are not progress")
        try tmux.send("n", "y")
        try tmux.wait(for: "How are you taking it?")
        #expect(bytes(progress(tmux)) == nil, "starting over forgets the finished session")
        try tmux.send("q", "y")
        try tmux.wait(for: "EXIT=1")
    }
}
