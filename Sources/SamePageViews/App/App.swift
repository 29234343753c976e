import SamePageCore

/// The full-screen questionnaire as a value, the whole loop as in bubbletea: `handle(_:)` takes an event,
/// moves to the next state and returns the effect to run, if any (write a file, switch language, leave);
/// what comes of it returns as another event. `frame()` draws the current state into a grid and says what it
/// laid out, which returns as `.laidOut`. The terminal layer only feeds events in, runs effects and copies
/// grids out, so every screen and every key path can be tested in memory.
public struct App: Sendable {
    public enum Phase: Sendable {
        case welcome(focus: Int, notice: String?)
        /// An unfinished session was found: resume it, or discard it and start again.
        case resumeOffer(SessionProgress)
        case names(NamesForm)
        case session(Session, SessionView)
        case results(ResultsView)
    }

    public enum Overlay: Sendable, Equatable {
        case help, quitConfirm
        /// `n` on the results: starting over throws the results away, so it asks first.
        case startOverConfirm
        case save(SaveForm)
    }

    /// What the front end should do now; the results come back as events.
    public enum Effect: Sendable, Equatable {
        /// Quit on purpose (confirmed, or from the results), keeping any progress to finish later.
        case quit
        /// Quit and discard the answers given so far.
        case quitDiscarding
        /// Write a file from the results; the front end reports back with `Event.saveFinished`.
        case save(SaveRequest)
        /// The quick-exit key: clear the screen and leave, writing nothing.
        case quickExit
        /// On the welcome screen, `l`: load the content of this language, sent back as `Event.languageLoaded`.
        case switchLanguage(String)
    }

    /// The smallest window every screen fits in. At 80×24 question screens never scroll.
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public private(set) var content: Content
    public var glyphs: Glyphs
    public private(set) var phase: Phase
    public internal(set) var overlay: Overlay?
    public private(set) var width: Int
    public private(set) var height: Int
    /// The results, once reached; what the command line prints when the app ends.
    public private(set) var results: Results?
    /// The answer sheets behind `results`, for `--save`. The check-in is never part of them.
    public private(set) var finishedSheets: [AnswerSheet]?
    /// Whether progress may be kept on disk here, and where; the welcome screen shows it.
    public let keeping: Keeping
    /// The choice made with `p` on the welcome screen, or nil for the default: a couple's session keeps
    /// nothing unless they choose (a partner on the same account could open the file), one person alone
    /// keeps their place. A resumed session was kept by choice, so it goes on being kept.
    public private(set) var keepChoice: Bool?
    /// Whether leaving the results prints them (standard output is a file or a pipe, or `--print`); the
    /// quit box says which.
    public let printsResults: Bool
    /// Why the last write of progress failed (`Event.progressKept`); nil while writes succeed.
    public private(set) var progressProblem: String?
    let requestedMode: SessionMode?
    /// The language `l` switches to on the welcome screen (the next of the content's languages), or nil when
    /// the content has one language only.
    public private(set) var otherLanguage: String?
    /// The date used in default file names; the front end gives it, the core never reads a clock.
    public let date: String
    /// What the last frame laid out (`Event.laidOut`), for the keys that scroll; nil before the first.
    public internal(set) var layout: Layout?

    public init(
        content: Content, mode: SessionMode?, resume: SessionProgress? = nil, keeping: Keeping = .impossible(.privateMode),
        demo: Bool = false, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode, keepChoice: Bool? = nil,
        printsResults: Bool = false, date: String = "today", otherLanguage: String? = nil
    ) {
        self.content = content
        self.date = date
        self.otherLanguage = otherLanguage
        self.glyphs = glyphs
        self.width = width
        self.height = height
        self.keeping = keeping
        self.keepChoice = keepChoice
        self.printsResults = printsResults
        requestedMode = mode
        phase = .welcome(focus: 0, notice: nil)
        phase = resume.map { .resumeOffer($0) } ?? startPhase
        if demo { phase = demoPhase }
    }

    /// The demo: the first sample couple's results, or the welcome screen saying there are none.
    var demoPhase: Phase {
        content.samples.isEmpty
            ? .welcome(focus: 2, notice: content.interface(.screenNoSamples))
            : .results(ResultsView(sample: 0, of: content))
    }

    /// True while showing a sample couple.
    public var isDemo: Bool {
        if case .results(let view) = phase { return view.sample != nil }
        return false
    }

    /// Where a new session starts: the welcome screen, with its privacy promise and the choice to keep
    /// nothing, even when the mode was given (then that mode is already focused).
    var startPhase: Phase {
        .welcome(focus: requestedMode == .solo ? 1 : 0, notice: nil)
    }

    /// Whether unfinished answers are kept on disk now, where keeping is possible: the person's choice, else
    /// the default for the session's mode (on the welcome screen, for the mode in focus). It changes the
    /// quit question.
    public var keepsProgress: Bool {
        keeping.isPossible && (keepChoice ?? (modeInView == .solo))
    }

    /// The mode of the session under way, or the one about to start.
    private var modeInView: SessionMode? {
        switch phase {
        case .welcome(let focus, _): focus == 1 ? .solo : .couple
        case .resumeOffer(let progress): progress.mode
        case .names(let form): form.mode
        case .session(let session, _): session.mode
        case .results: nil
        }
    }

    /// Turns keeping progress on or off (the welcome screen's choice), where keeping is possible.
    mutating func toggleKeeping() {
        if keeping.isPossible { keepChoice = !keepsProgress }
    }

    /// A resumed session was kept by choice, so it goes on being kept.
    mutating func keepResumed() { keepChoice = true }

    /// The progress of the session under way, if any.
    public var progress: SessionProgress? {
        if case .session(let session, _) = phase { return session.progress }
        return nil
    }

    /// Set when answers kept on disk must go: an unfinished session was discarded at the start, or the
    /// person chose to start over from the results.
    var discardsKept = false

    /// What to do with the progress on disk now; nil leaves it alone. The results are not progress: what
    /// was kept goes as soon as they are reached.
    public var progressChange: ProgressChange? {
        if let progress { return keepsProgress ? .keep(progress) : nil }
        return discardsKept || results != nil ? .clear : nil
    }

    /// True while a session holds answers that quitting could keep or discard.
    var hasProgress: Bool { progress != nil }

    /// True when quitting now can honestly say the answers are kept: keeping is on and the last write worked.
    var canKeepOnQuit: Bool { keepsProgress && hasProgress && progressProblem == nil }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Applies one event. Returns the effect the front end should run, if any.
    public mutating func handle(_ event: Event) -> Effect? {
        if case .key = event { status = nil }
        switch event {
        case .resize(let width, let height):
            self.width = width
            self.height = height
            layout = layout?.unmeasured
        case .key(.quickExit):
            return .quickExit
        case .key(let key):
            if isTooSmall { return nil }
            if let overlay { return handleOverlay(overlay, key) }
            return handlePhase(key)
        case .laidOut(let layout):
            // A window too small shows no screen, so it lays nothing out: the place is kept for the return.
            if isTooSmall { return nil }
            self.layout = layout
            scrollWithin(layout)
        case .saveFinished(let sentence, let saved):
            saveFinished(sentence, saved: saved)
        case .anotherNameNeeded(let path, let note):
            var form = SaveForm(kind: .answers, path: path)
            form.note = note
            overlay = .save(form)
        case .progressKept(let problem):
            progressProblem = problem
        case .languageLoaded(let content, let next):
            // The welcome screen again, in the other language, with the choices made so far.
            self.content = content
            otherLanguage = next
            overlay = nil
            layout = nil
            if case .welcome(let focus, _) = phase { phase = .welcome(focus: focus, notice: nil) }
        }
        return nil
    }

    /// A new layout can hold less text than the last (a wider window): the offset stays within it.
    private mutating func scrollWithin(_ layout: Layout) {
        switch phase {
        case .session(let session, var view) where view.scroll > layout.lastOffset:
            view.scroll = layout.lastOffset
            phase = .session(session, view)
        case .results(var view) where view.scroll > layout.lastOffset:
            view.scroll = layout.lastOffset
            phase = .results(view)
        default: break
        }
    }

    private mutating func handleOverlay(_ overlay: Overlay, _ key: Key) -> Effect? {
        switch overlay {
        case .help:
            self.overlay = nil
        case .save(let form):
            return handleSave(key, form: form)
        case .quitConfirm:
            // Only the keys the box shows; any other key stays.
            if let choice = quitKeys.first(where: { key.isLetter($0.key) }) { return choice.outcome }
            self.overlay = nil
        case .startOverConfirm:
            self.overlay = nil
            if key.isLetter(letter(.lettersYes)) { startOver() }
        }
        return nil
    }

    /// A letter that answers a box in the language shown (yes is y in English, o in French).
    func letter(_ key: InterfaceKey) -> Character { content.interface.letter(key) }

    /// The keys the quit box takes, each of them shown in it: keep and quit, or discard and quit, where the
    /// answers can be kept; else one key to quit (or leave).
    var quitKeys: [(key: Character, outcome: Effect)] {
        canKeepOnQuit
            ? [(letter(.lettersKeep), .quit), (letter(.lettersDiscard), .quitDiscarding)] : [(letter(.lettersYes), .quit)]
    }

    mutating func open(_ overlay: Overlay) { self.overlay = overlay }

    /// The front end's answer to a `.save` effect: on success the dialog closes and the status line says
    /// so; otherwise the dialog stays open with the reason.
    private mutating func saveFinished(_ sentence: String, saved: Bool) {
        guard case .save(var form) = overlay else { return }
        if saved {
            overlay = nil
            status = sentence
        } else {
            form.note = sentence
            overlay = .save(form)
        }
    }

    /// One sentence at the bottom of the screen (a saved file, a hint), gone at the next key.
    public internal(set) var status: String?

    mutating func set(_ phase: Phase) {
        self.phase = phase
    }

    /// Back to the start for a new session; the finished results and their kept progress are gone.
    mutating func startOver() {
        results = nil
        finishedSheets = nil
        discardsKept = true
        phase = startPhase
    }

    mutating func finish(_ session: Session, _ results: Results) {
        self.results = results
        finishedSheets = session.sheets
        phase = .results(ResultsView(results: results))
    }
}

/// The names screen: one optional field per person.
public struct NamesForm: Sendable, Equatable {
    public let mode: SessionMode
    public var fields: [String]
    public var focus = 0

    /// The name of an empty field: "Partner A" and "Partner B", or for one person alone "You", never "Partner A".
    public let fallbacks: [String]

    public init(mode: SessionMode, words: InterfaceText) {
        self.mode = mode
        fields = Array(repeating: "", count: mode == .couple ? 2 : 1)
        fallbacks = mode == .couple ? [words(.namesFallbackFirst), words(.namesFallbackSecond)] : [words(.namesFallbackSolo)]
    }

    public func fallback(_ index: Int) -> String { fallbacks[index] }

    /// The names to use: cleaned, the default where empty, and never the same twice.
    public var names: [String] {
        Names.distinct(fields.enumerated().map { Names.clean($0.element, default: fallback($0.offset)) })
    }
}

/// What the person is looking at within a session: the focused choice (none until the person moves to one
/// or has answered, so Enter never answers by itself), the review row, a scroll offset.
public struct SessionView: Sendable, Equatable {
    public var focus: Int?
    public var scroll = 0

    public init(focus: Int? = nil, scroll: Int = 0) {
        self.focus = focus
        self.scroll = scroll
    }
}

/// The results screen: what is shown, how far it is scrolled, and which cards show their reasons.
public struct ResultsView: Sendable, Equatable {
    public let results: Results
    /// The section shown: the summary first.
    public var section = ResultsSection.summary
    public var scroll = 0
    public var focusedCard = 0
    /// Cards opened past their title and first step.
    public var openCards: Set<Int> = []
    public var showingWhy: Set<Int> = []
    /// Whether the cards past the first few are listed too.
    public var showingMore = false

    /// In the demo: which sample couple this is.
    public var sample: Int?

    public init(results: Results) { self.results = results }

    /// A sample couple's results, with every "why this?" open, as a therapist demoing it wants.
    public init(sample index: Int, of content: Content) {
        let couple = content.samples[index]
        results = Results(content: content, sheets: couple.sheets, mode: .couple, guesses: couple.guesses)
        sample = index
        showingWhy = Set(results.cards.indices)
        openCards = Set(results.cards.indices)
    }
}
