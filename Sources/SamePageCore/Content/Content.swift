/// Everything a user reads, loaded from `content/`: questions, scale, thresholds, guidance and resources.
///
/// The core never reads files; `SamePageContent` builds this value and validates it first.
public struct Content: Sendable, Equatable {
    public var texts: Texts
    public var scale: Scale
    public var readiness: Section
    public var themes: [Section]
    public var checkIn: CheckIn
    public var thresholds: Thresholds
    public var pairings: [PairingLabel]
    /// The words for each readiness band and for the size of the gap between two scores.
    public var words: ResultWords
    public var cards: [GuidanceCard]
    /// How therapy comes up between the two of them, in mirrored pairs (`PatternRole`); answered after
    /// readiness. Optional, so an older copy of the content still runs.
    public var pattern: Section?
    /// The ladder of next steps each person marks, smallest first; answered last, never scored.
    public var steps: Section?
    /// The question a person alone answers first, about their partner; optional.
    public var soloPartner: SoloPartnerQuestion?
    /// Sample couples for the demo; empty when the content has none.
    public var samples: [SampleCouple] = []
    /// The program's own sentences around the questions (interface.yaml).
    public var interface: InterfaceText
    public var identity: ContentIdentity

    public init(
        texts: Texts, scale: Scale, readiness: Section, themes: [Section], checkIn: CheckIn,
        thresholds: Thresholds, pairings: [PairingLabel], words: ResultWords = .plain, cards: [GuidanceCard],
        pattern: Section? = nil, steps: Section? = nil, soloPartner: SoloPartnerQuestion? = nil, samples: [SampleCouple] = [],
        interface: InterfaceText, identity: ContentIdentity
    ) {
        self.soloPartner = soloPartner
        self.texts = texts
        self.scale = scale
        self.readiness = readiness
        self.themes = themes
        self.checkIn = checkIn
        self.thresholds = thresholds
        self.pairings = pairings
        self.words = words
        self.cards = cards
        self.samples = samples
        self.interface = interface
        self.pattern = pattern
        self.steps = steps
        self.identity = identity
    }

    /// The questions in the order a partner answers them: readiness, how therapy comes up between them,
    /// each theme (a theme's gate question first), then the ladder of steps.
    public var questions: [Question] {
        ([readiness] + (pattern.map { [$0] } ?? []) + themes + (steps.map { [$0] } ?? [])).flatMap { section in
            ((section.gate.map { [$0] } ?? []) + section.items).map { Question(item: $0, section: section) }
        }
    }

    /// The questions of a session in this mode: alone, the question about the partner comes first.
    public func questions(for mode: SessionMode) -> [Question] {
        guard mode == .solo, let soloPartner else { return questions }
        return [Question(item: soloPartner.item, section: soloPartner.section)] + questions
    }

    /// How many opening questions come before the numbered ones in this mode (alone: the one about the
    /// partner). They are not counted in "question 3 of 42".
    public func openingCount(for mode: SessionMode) -> Int { mode == .solo && soloPartner != nil ? 1 : 0 }

    /// Every question id an answers file may hold: the shared questions, and the one about the partner.
    public var answerIDs: Set<String> {
        Set(questions.map(\.item.id) + (soloPartner.map { [$0.item.id] } ?? []))
    }

    /// The ids of the items a gate question can set aside as "does not apply".
    public var gatedItemIDs: Set<String> {
        Set(themes.filter { $0.gate != nil }.flatMap { $0.items.map(\.id) })
    }

    public func theme(_ id: String) -> Section? { themes.first { $0.id == id } }

    /// The most items the optional round of guesses asks about.
    public static let maximumGuesses = 3

    /// The readiness items the guesses ask about: those marked `guess`, else the first three.
    public var guessItems: [Item] {
        let marked = readiness.items.filter(\.guess)
        return marked.isEmpty ? Array(readiness.items.prefix(Self.maximumGuesses)) : marked
    }
}

/// The words around the questions: welcome, privacy promise, disclaimer and the results' intros.
public struct Texts: Sendable, Equatable {
    public var title: String
    public var minutes: Int
    public var welcome: String
    public var privacy: String
    public var disclaimer: String
    public var resultsIntro: String
    public var soloResultsIntro: String
    public var notEnough: String

    public init(
        title: String, minutes: Int, welcome: String, privacy: String, disclaimer: String,
        resultsIntro: String, soloResultsIntro: String, notEnough: String
    ) {
        self.title = title
        self.minutes = minutes
        self.welcome = welcome
        self.privacy = privacy
        self.disclaimer = disclaimer
        self.resultsIntro = resultsIntro
        self.soloResultsIntro = soloResultsIntro
        self.notEnough = notEnough
    }
}

/// The five agreement labels (1 = least agreement) and the "prefer not to say" label.
public struct Scale: Sendable, Equatable {
    public var choices: [String]
    public var preferNot: String

    public init(choices: [String], preferNot: String) {
        self.choices = choices
        self.preferNot = preferNot
    }

    /// The label of an answer; "does not apply" is named by the caller, from the interface sentences.
    public func label(for answer: Answer, notApplicable: String) -> String {
        switch answer {
        case .level(let level): choices[level - 1]
        case .preferNot: preferNot
        case .notApplicable: notApplicable
        }
    }
}

/// A group of items scored together: readiness, or one hesitation theme.
public struct Section: Sendable, Equatable {
    public var id: String
    public var name: String
    public var about: String
    public var items: [Item]
    /// For a theme that does not fit everyone: one question asked first ("I have seen a therapist before").
    /// Disagreeing with it sets the theme's items aside as "does not apply", so they are not asked.
    public var gate: Item?
    /// Choices of its own, numbered from 1, in place of the agreement scale (the question about the partner).
    public var choices: [String]?

    public init(id: String, name: String, about: String, items: [Item], gate: Item? = nil, choices: [String]? = nil) {
        self.id = id
        self.name = name
        self.about = about
        self.items = items
        self.gate = gate
        self.choices = choices
    }

    /// Whether an answer to the gate sets the items aside: disagree or strongly disagree. "Not sure" and
    /// "prefer not to say" leave them to be asked, so each can still be answered or skipped.
    public static func gateSetsAside(_ answer: Answer) -> Bool {
        if case .level(let level) = answer { return level <= 2 }
        return false
    }
}

/// One statement to agree or disagree with. A reverse-keyed item counts the other way round.
public struct Item: Sendable, Equatable {
    public var id: String
    public var text: String
    public var reverse: Bool
    /// For a step of the ladder: its short name ("One session together").
    public var step: String?
    /// For a step of the ladder: one a person takes alone, not part of the couple's shared ladder.
    public var alone: Bool
    /// For an item on how therapy comes up: its side, whose it is, and its pair.
    public var pattern: PatternRole?
    /// For a readiness item: one the optional round of guesses asks about.
    public var guess: Bool

    public init(
        id: String, text: String, reverse: Bool = false, step: String? = nil, alone: Bool = false, pattern: PatternRole? = nil,
        guess: Bool = false
    ) {
        self.id = id
        self.text = text
        self.reverse = reverse
        self.step = step
        self.alone = alone
        self.pattern = pattern
        self.guess = guess
    }
}

/// An item together with the section it belongs to, as a partner meets it.
public struct Question: Sendable, Equatable {
    public var item: Item
    public var section: Section

    /// True for a theme's gate question, which is answered but never scored.
    public var isGate: Bool { section.gate?.id == item.id }
}
