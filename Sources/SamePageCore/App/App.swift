/// The full-screen questionnaire as a value: `handle(_:)` takes an event and returns the next state,
/// `render()` draws the current one into a grid. The terminal layer only feeds keys in and copies the
/// grid out, so every screen and every key path can be tested in memory.
public struct App: Sendable {
    public enum Phase: Sendable {
        case welcome(focus: Int, notice: String?)
        case names(NamesForm)
        case session(Session, SessionView)
        case results(ResultsView)
    }

    public enum Overlay: Sendable, Equatable {
        case help, quitConfirm
    }

    /// Why the app should end now.
    public enum Outcome: Sendable, Equatable {
        /// Quit on purpose (confirmed, or from the results).
        case quit
        /// The quick-exit key: clear the screen and leave, writing nothing.
        case quickExit
    }

    /// The smallest window every screen fits in. At 80×24 question screens never scroll.
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public let content: Content
    public var glyphs: Glyphs
    public private(set) var phase: Phase
    public private(set) var overlay: Overlay?
    public private(set) var width: Int
    public private(set) var height: Int
    /// The results, once reached; what the command line prints when the app ends.
    public private(set) var results: Results?
    /// The answer sheets behind `results`, for `--save`. The check-in is never part of them.
    public private(set) var finishedSheets: [AnswerSheet]?

    public init(content: Content, mode: SessionMode?, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) {
        self.content = content
        self.glyphs = glyphs
        self.width = width
        self.height = height
        phase = mode.map { .names(NamesForm(mode: $0)) } ?? .welcome(focus: 0, notice: nil)
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Applies one event. Returns an outcome when the app should end.
    public mutating func handle(_ event: Event) -> Outcome? {
        switch event {
        case .resize(let width, let height):
            self.width = width
            self.height = height
            return nil
        case .key(.quickExit):
            return .quickExit
        case .key(let key):
            if isTooSmall { return nil }
            if let overlay { return handleOverlay(overlay, key) }
            return handlePhase(key)
        }
    }

    private mutating func handleOverlay(_ overlay: Overlay, _ key: Key) -> Outcome? {
        switch overlay {
        case .help:
            self.overlay = nil
        case .quitConfirm:
            if key == .character("y") || key == .character("Y") { return .quit }
            self.overlay = nil
        }
        return nil
    }

    mutating func open(_ overlay: Overlay) { self.overlay = overlay }

    mutating func set(_ phase: Phase) {
        self.phase = phase
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

    public init(mode: SessionMode) {
        self.mode = mode
        fields = Array(repeating: "", count: mode == .couple ? 2 : 1)
    }

    public static func fallback(_ index: Int) -> String { index == 0 ? "Partner A" : "Partner B" }

    /// The names to use: cleaned, the default where empty, and never the same twice.
    public var names: [String] {
        var names = fields.enumerated().map { Names.clean($0.element, default: Self.fallback($0.offset)) }
        if names.count == 2 && names[0] == names[1] { names[1] += " (2)" }
        return names
    }
}

/// What the person is looking at within a session: the focused choice, the review row, a scroll offset.
public struct SessionView: Sendable, Equatable {
    public var focus = 0
    public var scroll = 0

    public init(focus: Int = 0, scroll: Int = 0) {
        self.focus = focus
        self.scroll = scroll
    }
}

/// The results screen: what is shown, how far it is scrolled, and which cards show their reasons.
public struct ResultsView: Sendable, Equatable {
    public let results: Results
    public var scroll = 0
    public var focusedCard = 0
    public var showingWhy: Set<Int> = []

    public init(results: Results) { self.results = results }
}
