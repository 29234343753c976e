import Glibc
import Synchronization

/// SIGINT, SIGTERM and SIGHUP only set a flag here; the key loop sees it within a tenth of a second and
/// leaves through the normal path, so the terminal is restored by ordinary code, not in a handler.
enum Interruption {
    private static let pending = Atomic<Int32>(0)
    /// Ctrl-Z (SIGTSTP): the key loop clears the screen first, then stops (`Terminal.suspend`).
    private static let suspendAsked = Atomic<Bool>(false)
    nonisolated(unsafe) private static var previous: [(signal: Int32, handler: sighandler_t?)] = []

    static func install() {
        // Set up the flag now, so the handler never runs a first-time initialisation.
        _ = pending.load(ordering: .relaxed)
        // A parent may have left these blocked; the terminal must hear them to stay usable.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, signal) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            previous.append((signal, Glibc.signal(signal) { number in Interruption.pending.store(number, ordering: .relaxed) }))
        }
        _ = suspendAsked.load(ordering: .relaxed)
        previous.append((SIGTSTP, catchSuspend()))
    }

    /// Catches Ctrl-Z in place of ncurses, whose own handler would leave the last frame on a terminal
    /// without an alternate screen; the previous handler is returned.
    @discardableResult
    static func catchSuspend() -> sighandler_t? {
        Glibc.signal(SIGTSTP) { _ in Interruption.suspendAsked.store(true, ordering: .relaxed) }
    }

    /// Whether Ctrl-Z was pressed, once.
    static func takeSuspend() -> Bool { suspendAsked.exchange(false, ordering: .relaxed) }

    /// Puts back whatever handled these signals before (an ignored SIGHUP under nohup stays ignored).
    static func uninstall() {
        for (signal, handler) in previous { Glibc.signal(signal, handler) }
        previous = []
    }

    /// The signal that arrived, once.
    static func take() -> Int32? {
        let signal = pending.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}

/// The last line of defence: if the program crashes while the screen is in full-screen mode, put the
/// terminal settings back and leave the alternate screen, using only calls that are safe in a signal handler.
enum TerminalRestore {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var descriptor: Int32 = -1

    static func save(_ fd: Int32) {
        if tcgetattr(fd, &saved) == 0 { descriptor = fd }
    }

    static func installCrashHandlers() {
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            Glibc.signal(signal) { number in
                TerminalRestore.restoreNow()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// After the terminal is closed its descriptor may be reused by a file; the handlers must not touch it.
    static func forget() {
        descriptor = -1
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] { Glibc.signal(signal, SIG_DFL) }
    }

    static func restoreNow() {
        guard descriptor >= 0 else { return }
        _ = tcsetattr(descriptor, TCSANOW, &saved)
        let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        _ = write(descriptor, reset.utf8Start, reset.utf8CodeUnitCount)
    }
}
