import Glibc

enum Signals {
    /// From here to the exit, SIGINT, SIGTERM and SIGHUP wait: the results and the files asked for are
    /// written whole, never cut off half-way (a second Ctrl-C, a window closing).
    static func holdUntilExit() {
        var held = sigset_t()
        sigemptyset(&held)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signal) }
        sigprocmask(SIG_BLOCK, &held, nil)
    }

    /// Lets them through again once everything asked for is written (before a question that waits on a person).
    static func release() {
        var held = sigset_t()
        sigemptyset(&held)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signal) }
        sigprocmask(SIG_UNBLOCK, &held, nil)
    }
}
