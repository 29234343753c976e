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
    public func choiceLine(keeping on: Bool, key: String, words: InterfaceText) -> String {
        guard isPossible else { return words(.keepingNoChoice) }
        return words(on ? .keepingChoiceOn : .keepingChoiceOff, ["key": key])
    }

    /// What would be kept, where, until when and who could open it, before the person chooses.
    public func explanation(ifKept words: InterfaceText) -> String {
        guard case .possible(let path) = self else { return explanation(keeping: false, words: words) }
        return words(.keepingIfKept, ["path": path])
    }

    /// What is kept, where and until when, or why nothing is, in plain words.
    public func explanation(keeping on: Bool, words: InterfaceText) -> String {
        switch self {
        case .possible(let path) where on: words(.keepingKept, ["path": path])
        case .possible: words(.keepingNothing)
        case .impossible(.privateMode): words(.keepingPrivate)
        case .impossible(.pipedInput): words(.keepingPiped)
        case .impossible(.otherSession): words(.keepingOtherSession)
        case .impossible(.unwritable(let cause)): words(.keepingUnwritable, ["cause": cause])
        }
    }
}
