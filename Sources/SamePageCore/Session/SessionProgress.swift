/// What is kept of an unfinished session so it can be resumed: the mode, each person's answers so far, and
/// a place to come back to. Never the private check-in, not even that a person was in it (a turn in its
/// check-in is kept as at its review), and never guesses: a resumed check-in starts again.
public struct SessionProgress: Sendable, Equatable {
    public var mode: SessionMode
    public var sheets: [AnswerSheet]
    public var place: Place
    public var identity: ContentIdentity

    /// Where a resumed session opens.
    public enum Place: Sendable, Equatable {
        case question(partner: Int, index: Int)
        case review(partner: Int)
        case handOff(to: Int)
        case perceptionOffer
    }

    public init(mode: SessionMode, sheets: [AnswerSheet], place: Place, identity: ContentIdentity) {
        self.mode = mode
        self.sheets = sheets
        self.place = place
        self.identity = identity
    }

    /// Whether this progress fits `content` and is internally whole; a file that fails this is set aside.
    public func fits(_ content: Content) -> Bool {
        let count = content.questions(for: mode).count
        let partners = mode == .couple ? 2 : 1
        guard identity.fingerprint == content.identity.fingerprint, sheets.count == partners else { return false }
        let known = Set(content.questions(for: mode).map(\.item.id))
        guard sheets.allSatisfy({ $0.answers.keys.allSatisfy(known.contains) }) else { return false }
        let mayNotApply = content.gatedItemIDs
        guard sheets.allSatisfy({ $0.answers.allSatisfy { $0.value != .notApplicable || mayNotApply.contains($0.key) } })
        else { return false }
        switch place {
        case .question(let partner, let index): return (0..<partners).contains(partner) && (0..<count).contains(index)
        case .review(let partner), .handOff(let partner): return (0..<partners).contains(partner)
        case .perceptionOffer: return true
        }
    }
}

/// What a front end should do with the progress on disk after a step.
public enum ProgressChange: Sendable, Equatable {
    /// Keep this progress (write it if it changed).
    case keep(SessionProgress)
    /// Delete what is kept: the session reached its results, or its old progress was discarded.
    case clear
}

extension Session {
    /// The progress to keep now, or nil once the session has reached its results (nothing left to resume).
    public var progress: SessionProgress? {
        // On a resumed turn's ready screen, the place kept is still where that turn left off.
        guard let place = Self.place(of: resumeStage ?? stage, partners: sheets.count) else { return nil }
        return SessionProgress(mode: mode, sheets: sheets, place: place, identity: content.identity)
    }

    static func place(of step: Stage, partners: Int) -> SessionProgress.Place? {
        switch step {
        case .question(let partner, let index): .question(partner: partner, index: index)
        case .review(let partner): .review(partner: partner)
        // What is on disk does not change when a person starts their check-in.
        case .checkIn(let partner, _): .review(partner: partner)
        case .checkInDone(let partner): partner + 1 < partners ? .handOff(to: partner + 1) : .perceptionOffer
        case .handOff(let partner): .handOff(to: partner)
        case .perceptionOffer, .guess, .guessHandOff, .together: .perceptionOffer
        case .results: nil
        }
    }

    /// Opens a session where `progress` left off. The progress must fit the content (`fits`). A resumed
    /// session opens on a ready screen for the person it belongs to: whoever sits down must confirm they
    /// are that person before any of their answers or guesses can be seen.
    public init(content: Content, resuming progress: SessionProgress) {
        // A name kept empty takes the content's name for its place ("Partner A", "You"), in its language.
        let words = content.interface
        let fallbacks =
            progress.mode == .couple ? [words(.namesFallbackFirst), words(.namesFallbackSecond)] : [words(.namesFallbackSolo)]
        let names = progress.sheets.enumerated().map {
            $0.element.name.isEmpty ? fallbacks[min($0.offset, fallbacks.count - 1)] : $0.element.name
        }
        self.init(content: content, mode: progress.mode, names: names)
        sheets = progress.sheets
        for index in sheets.indices { sheets[index].name = names[index] }
        let place: Stage =
            switch progress.place {
            case .question(let partner, let index): .question(partner: partner, index: index)
            // A resumed session never opens on the list of answers: whoever resumes starts at a question.
            case .review(let partner): .question(partner: partner, index: lastAsked(partner))
            case .handOff(let partner): .handOff(to: partner)
            case .perceptionOffer: .perceptionOffer
            }
        switch place {
        case .question(let partner, _):
            stage = .handOff(to: partner)
            resumeStage = place
        case .perceptionOffer where mode == .solo:
            stage = .handOff(to: 0)
            resumeStage = place
        default:
            stage = place
            resumedAtGuesses = place == .perceptionOffer && mode == .couple
        }
    }
}
