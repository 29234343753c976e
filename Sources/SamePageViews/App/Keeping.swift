import SamePageCore

/// Whether resumable progress can be kept on disk in this run, and the words that say so. Both front ends
/// show these words before the first question, so what a person reads is what the program does.
public enum Keeping: Sendable, Equatable {
    /// The person may choose; `path` is where it goes, as shown to them.
    case possible(path: String)
    /// Nothing can be kept, for this reason.
    case impossible(Reason)

    public enum Reason: Sendable, Equatable {
        /// `--private`.
        case privateMode
        /// Answers are piped in: a script starts fresh every time.
        case pipedInput
        /// Another copy on this account holds the progress file.
        case otherSession
        /// The state folder cannot be used; the sentence names the real cause.
        case unwritable(String)
    }

    public var isPossible: Bool {
        if case .possible = self { return true }
        return false
    }

    /// The choice as one line, with its key when there is a choice to make.
    public func choiceLine(keeping on: Bool, key: String) -> String {
        guard isPossible else { return "Keep my place: no, nothing is written to disk." }
        return on
            ? "[x] Keep my place if interrupted (\(key): keep nothing)"
            : "[ ] Keep my place if interrupted (\(key): keep it)"
    }

    /// What is kept, where and until when, or why nothing is, in plain words.
    public func explanation(keeping on: Bool) -> String {
        switch self {
        case .possible(let path) where on:
            "Your answers are kept in \(path) (readable by this account only) until you finish or discard them. "
                + "The check-in is never kept."
        case .possible:
            "Nothing is written to disk. If you quit or are interrupted, your answers are gone."
        case .impossible(.privateMode):
            "Private mode: nothing is written to disk. If you quit or are interrupted, your answers are gone."
        case .impossible(.pipedInput):
            "Answers are piped in, so nothing is written to disk."
        case .impossible(.otherSession):
            "samepage is already open on this account, so this window keeps nothing on disk (private mode)."
        case .impossible(.unwritable(let cause)):
            "Your place cannot be kept on this computer (\(cause)), so nothing is written to disk."
        }
    }
}
