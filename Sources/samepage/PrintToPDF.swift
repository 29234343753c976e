import FoundationEssentials
import Glibc
import SamePageCore
import SamePageFiles

/// Turns the printable page into a PDF with a browser engine already on the system (Chromium's headless
/// mode): the page goes into a private temporary folder, the engine prints it there with its network
/// switched off and its profile kept in that folder, and the PDF is then saved like every other file
/// (0600, atomically, never over an existing one). The temporary folder is removed whatever happens.
enum PrintToPDF {
    enum Problem: Error {
        case noEngine, failed
        case file(FileProblem)
    }

    /// The programs tried, in order, on `PATH`; `SAMEPAGE_BROWSER` names another (an empty one: none).
    static let engines = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// Long enough for a slow first start; a browser that hangs is stopped.
    static let timeLimit: Double = 120

    static func engine() -> String? {
        if let chosen = environment("SAMEPAGE_BROWSER") {
            return chosen.isEmpty ? nil : lookUp(chosen)
        }
        return engines.lazy.compactMap(lookUp).first
    }

    private static func lookUp(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = environment("PATH") ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { $0 + "/" + name }.first { access($0, X_OK) == 0 }
    }

    static func write(html: String, to output: String) throws(Problem) {
        guard let engine = engine() else { throw .noEngine }
        // Ctrl-C, SIGTERM and SIGHUP wait until the temporary folder (which holds the results) is removed;
        // the engine itself keeps their default actions, and a signal that came is acted on at the end.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopping, signal) }
        var before = sigset_t()
        sigprocmask(SIG_BLOCK, &stopping, &before)
        defer { sigprocmask(SIG_SETMASK, &before, nil) }
        // Chromium makes a socket in its profile (or in TMPDIR), and a socket's path holds at most 107 bytes:
        // a long TMPDIR gives way to /tmp.
        let base = environment("TMPDIR").flatMap { $0.isEmpty || $0.utf8.count > 40 ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/samepage-pdf-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw .file(.cannotWrite(base, errno)) }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/report.html"
        let pdf = folder + "/report.pdf"
        do { try SafeFile.write(html, to: page, replace: .never) } catch { throw .file(error) }
        let arguments = [
            engine, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-breakpad", "--no-pdf-header-footer",
            // Nothing may be fetched: the page holds everything it shows, and its own policy forbids more.
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--user-data-dir=" + folder + "/profile", "--print-to-pdf=" + pdf, fileURL(page),
        ]
        // Chromium refuses to start as root without its sandbox switched off.
        let sandbox = geteuid() == 0 ? ["--no-sandbox"] : []
        guard run(arguments[..<1] + sandbox + arguments[1...], home: folder, signals: stopping) else { throw .failed }
        guard let bytes = FileManager.default.contents(atPath: pdf).map(Array.init), bytes.starts(with: Array("%PDF".utf8)) else {
            throw .failed
        }
        do { try SafeFile.write(bytes: bytes, to: output, replace: .never) } catch { throw .file(error) }
    }

    /// A `file://` address for `path`: every byte but letters, digits, `-._~` and `/` percent-encoded, so a
    /// folder named with a space, `#` or `%` is still the file meant.
    static func fileURL(_ path: String) -> String {
        let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
        return "file://" + path.utf8.map { kept.contains($0) ? String(UnicodeScalar($0)) : "%" + hex($0) }.joined()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    /// Runs the engine with its output discarded and its home in `home`, so it writes nothing elsewhere.
    /// True when it ended by itself with status 0 within the time limit.
    private static func run(_ arguments: some Collection<String>, home: String, signals: sigset_t) -> Bool {
        var environment = ProcessEnvironment.current
        environment["HOME"] = home
        environment["TMPDIR"] = home
        environment["XDG_CONFIG_HOME"] = home + "/config"
        environment["XDG_CACHE_HOME"] = home + "/cache"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var defaults = signals
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard let program = argv[0], posix_spawn(&pid, program, &actions, &attributes, argv, envp) == 0 else { return false }
        let deadline = monotonicSeconds() + timeLimit
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status & 0x7f == 0 && (status >> 8) & 0xff == 0 }
            if result < 0 && errno != EINTR { return false }
            if monotonicSeconds() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return false
            }
            usleep(20_000)
        }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// The process's environment as a dictionary (posix_spawn needs it whole, with HOME changed).
enum ProcessEnvironment {
    static var current: [String: String] {
        var values: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { values[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            pointer += 1
        }
        return values
    }
}
