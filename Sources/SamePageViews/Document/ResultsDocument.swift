import SamePageCore

/// The results, written once: numbered sections of blocks, each block a sentence with its role, a meter, a
/// worry's bars, a card or the support section. Every output renders this one model (the full screen, the
/// line-by-line text, Markdown, and the words in JSON), so they cannot drift apart. Built from `Results`
/// and the content alone: nothing from the private check-in can reach it.
public struct ResultsDocument: Sendable, Equatable {
    /// What a sentence is for, so each output can show it in its own way (never by colour alone).
    public enum Role: Sendable, Equatable {
        case plain
        /// Opens a section or states its main point.
        case lead
        /// Explains, and can be passed over.
        case note
        /// Stands out: the step both said yes to, the one safety line.
        case accent
        /// About one person (0 or 1), so a screen can mark whose it is.
        case person(Int)
    }

    /// One person's level on a worry: a number, or in words what they chose instead.
    public struct Bar: Sendable, Equatable {
        public var person: Int
        public var name: String
        public var value: Int?
        /// "kept these answers private", "does not apply", "not enough answers to say"; nil with a value.
        public var missing: String?
    }

    /// A guidance card as every output shows it.
    public struct Card: Sendable, Equatable {
        public var index: Int
        /// "For both of you", "For Riley", "A common question".
        public var audience: String
        public var title: String
        public var text: String
        /// At the couple's pace (`ChosenCard.steps`).
        public var steps: [String]
        public var why: String
    }

    public enum Block: Sendable, Equatable {
        case text(String, Role)
        /// A heading inside a section.
        case heading(String)
        /// Both readiness scores on one 0–100 track, each marked by its person's letter and named beside it.
        case meter([Bar])
        /// One worry: its name with who weighs it, each person's level, and the theme's kind sentence where
        /// someone weighs it.
        case worry(title: String, bars: [Bar], about: String?)
        case card(Card)
        /// The titles of the cards past the first few.
        case more([String])
        /// The safety section, the same for everyone; each output draws it from the content.
        case support
    }

    public struct Section: Sendable, Equatable {
        public var id: ResultsSection
        public var title: String
        public var blocks: [Block]

        /// "6 Support": the number is the key that opens it on the screen, and the same in every output.
        public var numbered: String { "\(id.rawValue) \(title)" }
    }

    public var sections: [Section]

    public func section(_ id: ResultsSection) -> Section? { sections.first { $0.id == id } }

    /// `allCards` lists every chosen card rather than the first few and the titles of the rest. `heard` is
    /// the results read aloud line by line, where nothing can be skimmed: the summary keeps only what no
    /// later section says again in full (each person's words, the gap, the pattern and the worries are
    /// heard moments later, with their numbers).
    public init(results: Results, content: Content, sample: SampleCouple? = nil, allCards: Bool = false, heard: Bool = false) {
        let builder = DocumentBuilder(results: results, content: content, allCards: allCards, heard: heard)
        let titles = ResultsSection.allCases.map { ($0, $0.title(content.interface)) }
        sections = titles.compactMap { id, title in
            guard ResultsSection.available(results).contains(id) else { return nil }
            return Section(id: id, title: title, blocks: builder.blocks(id, sample: sample))
        }
    }
}

/// The sections of the results: the summary that opens it (fits 80×24), then readiness (with the guesses),
/// how therapy comes up, worries, next steps and support, each reached by its number.
public enum ResultsSection: Int, Sendable, CaseIterable {
    case summary = 1, readiness, pattern, worries, nextSteps, support

    public var id: String {
        switch self {
        case .summary: "summary"
        case .readiness: "readiness"
        case .pattern: "pattern"
        case .worries: "worries"
        case .nextSteps: "next-steps"
        case .support: "support"
        }
    }

    public func title(_ words: InterfaceText) -> String {
        switch self {
        case .summary: words(.resultsSectionSummary)
        case .readiness: words(.resultsSectionReadiness)
        case .pattern: words(.resultsSectionPattern)
        case .worries: words(.resultsSectionWorries)
        case .nextSteps: words(.resultsSectionSteps)
        case .support: words(.resultsSectionSupport)
        }
    }

    /// The sections a result has: "pattern" only when the content asks how therapy comes up.
    public static func available(_ results: Results) -> [ResultsSection] {
        allCases.filter { $0 != .pattern || results.pattern != nil }
    }
}
