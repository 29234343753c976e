import Foundation

/// A real terminal for the real binary: a private tmux server with one pane of a fixed size. Keys go in
/// with `send-keys`; the screen comes back with `capture-pane`; waits poll with a time-out, never a fixed sleep.
final class Tmux {
    /// The server's socket: a short path in /tmp, whatever `$TMPDIR` is (a socket's path holds at most 107
    /// bytes, which a long `$TMPDIR` would pass), removed when the server ends.
    let socket = "/tmp/samepage-tmux-\(getuid())-\(UUID().uuidString.prefix(8))"
    let target = "t"
    /// A fresh home folder for this pane, so progress files of one test never reach another.
    let home: String

    struct Timeout: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `arguments` in a pane; after it ends, the pane prints its exit status and `stty -a`.
    /// `wrapper` is a shell prefix that ends by running its arguments (a private mount namespace, say).
    init(
        _ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        folder: String? = nil, redirect: String? = nil, errors: String? = nil, home: String? = nil, wrapper: String? = nil
    ) throws {
        self.home = try home ?? Binary.scratch()
        var env = ["LANG": "C.UTF-8", "TERM": "screen", "HOME": self.home]
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // The pane's shell keeps going after a Ctrl-C (its trap runs `true`; the program still gets the
        // default SIGINT), so it can print the exit status and `stty -a`.
        let command =
            "trap true INT; " + (folder.map { "cd \(Self.quote($0)) && " } ?? "")
            + (wrapper.map { $0 + " " } ?? "")
            + "env \(assignments) \(([Binary.path] + arguments).map(Self.quote).joined(separator: " "))"
            + (redirect.map { " > \(Self.quote($0))" } ?? "") + (errors.map { " 2> \(Self.quote($0))" } ?? "") + "; "
            + "echo \"EXIT=$?\"; stty -a; sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", target, command])
        try tmux(["set-option", "-t", target, "status", "off"])
    }

    /// Starts an interactive shell (with job control, as a person has) and runs samepage from its prompt.
    init(shell arguments: [String], term: String = "screen") throws {
        home = try Binary.scratch()
        let shell = "env -i HOME=\(Self.quote(home)) TERM=\(term) LANG=C.UTF-8 PATH=/usr/bin:/bin PS1='$ ' bash --norc --noprofile -i"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", target, shell])
        try tmux(["set-option", "-t", target, "status", "off"])
        try wait(for: "$")
        try type(([Binary.path] + arguments).map(Self.quote).joined(separator: " "))
        try send("Enter")
    }

    /// The server ends, and its socket goes with it (tmux leaves it behind).
    deinit {
        _ = try? tmux(["kill-server"])
        unlink(socket)
    }

    /// Closes the window, as a person closing their terminal does: the program gets SIGHUP.
    func closeWindow() throws { try tmux(["kill-window", "-t", target]) }

    /// Every file under the pane's home folder.
    var filesInHome: [String] {
        let base = URL(fileURLWithPath: home)
        let walker = FileManager.default.enumerator(atPath: home)
        return (walker?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isFolder)
            return exists && !isFolder.boolValue
        }.sorted()
    }

    /// From now on, appends every byte the program writes to the pane to `file` (tmux `pipe-pane`).
    func recordOutput(to file: String) throws { try tmux(["pipe-pane", "-o", "-t", target, "cat >> \(Self.quote(file))"]) }

    /// Keys by tmux name: "Enter", "Tab", "Left", "C-c", or plain characters.
    func send(_ keys: String...) throws { try sendKeys(keys) }

    func sendKeys(_ keys: [String]) throws { try tmux(["send-keys", "-t", target] + keys) }

    /// Past the welcome screen, where the mode given on the command line (or "together") is focused.
    func passWelcome() throws {
        try wait(for: "How are you taking it?")
        try send("Enter")
    }

    /// A couple session from the welcome screen: both names, then past the first partner's ready screen
    /// to the first question.
    func enterNames(_ first: String, _ second: String) throws {
        try passWelcome()
        try wait(for: "First person")
        try type(first)
        try send("Tab")
        try type(second)
        try send("Enter")
        try wait(for: "\(first.isEmpty ? "Partner A" : first), press Enter when you are alone.")
        try send("Enter")
    }

    /// A solo session from the welcome screen past the question about the partner ("they know, and they are
    /// open to it") to the first of the shared questions.
    func startSolo(_ name: String = "") throws {
        try passWelcome()
        try wait(for: "Your name")
        try type(name)
        try send("Enter")
        try wait(for: "Does your partner know")
        try send("1")
        try wait(for: "Question 1 of")
    }

    /// Text typed literally.
    func type(_ text: String) throws {
        if !text.isEmpty { try tmux(["send-keys", "-t", target, "-l", text]) }
    }

    /// The pane's text; `joined` puts back together the lines the terminal wrapped, as they were printed.
    func screen(escapes: Bool = false, history: Bool = false, joined: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []) + (history ? ["-S", "-"] : []) + (joined ? ["-J"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`, and returns the screen.
    @discardableResult
    func wait(for text: String, seconds: Double = 20) throws -> String {
        try wait(for: "\"\(text)\"", seconds: seconds) { $0.contains(text) }
    }

    /// Waits for a sentence that may wrap anywhere (a whole path breaks inside a word): spaces and line
    /// breaks are not compared.
    @discardableResult
    func wait(forWrapped text: String, seconds: Double = 20) throws -> String {
        let wanted = Self.squeezed(text)
        return try wait(for: text, seconds: seconds) { Self.squeezed($0).contains(wanted) }
    }

    /// Text with every space and line break taken out.
    static func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }

    /// Waits until the screen shows every one of `texts` at once (never a half-drawn frame), and returns it.
    @discardableResult
    func wait(forAll texts: [String], seconds: Double = 20) throws -> String {
        try wait(for: texts.map { "\"\($0)\"" }.joined(separator: " and "), seconds: seconds) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    /// Waits until the screen satisfies `test`, polling every 50 ms, and returns the screen.
    @discardableResult
    func wait(for what: String, seconds: Double = 20, until test: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if test(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "waited \(seconds)s for \(what); the screen was:\n\(last)")
    }

    /// The samepage process in the pane, for sending it signals.
    func programID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try run("/usr/bin/pgrep", ["-P", shell, "samepage"])
        guard let pid = Int32(children.split(separator: "\n").first ?? "") else {
            throw Timeout(description: "samepage is not running in the pane")
        }
        return pid
    }

    /// True when the terminal settings printed after the program show echo and canonical input back on.
    /// The screen once `stty -a` has printed its local flags (not only its first line, "speed ...").
    func waitForStty() throws -> String {
        try wait(for: "stty -a to print its flags") { screen in
            screen.contains("speed")
                && screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains { $0 == "icanon" || $0 == "-icanon" }
        }
    }

    static func isSane(_ screen: String) -> Bool {
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return words.contains("echo") && words.contains("icanon") && !words.contains("-echo") && !words.contains("-icanon")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try run("/usr/bin/tmux", ["-u", "-S", socket] + arguments)
    }

    /// Runs a command and returns what it printed. This spawns and waits directly: Foundation's `Process`
    /// can wait forever here, since the tmux server that `new-session` starts outlives the client.
    @discardableResult
    private func run(_ path: String, _ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samepage-tmux-\(UUID().uuidString)").path
        defer { unlink(file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = ["LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { environment.forEach { free($0) } }
        // A test runner may block or ignore signals, and spawned programs inherit both; a terminal a person
        // sits at has neither, so the pane starts with every signal unblocked and at its default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let started = posix_spawn(&pid, path, &actions, &attributes, argv, environment)
        guard started == 0 else { throw Timeout(description: "could not start \(path): \(String(cString: strerror(started)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
