/// The section everyone answers on how therapy comes up between the two of them. Its items come in
/// mirrored pairs: one about the person answering ("When therapy comes up, I go quiet"), one about their
/// partner as they see them ("When therapy comes up, my partner goes quiet"), so both sides of the
/// pattern are asked about, by both people, and neither is put on trial.
public enum PatternSide: String, Sendable, CaseIterable {
    /// Bringing therapy up, or pressing for it.
    case raise
    /// Going quiet, needing space, pulling back when it comes up.
    case stepBack = "step-back"
}

/// Whose behaviour an item describes, from the answering person's seat.
public enum PatternWho: String, Sendable, CaseIterable {
    case me, partner
}

/// What a pattern item measures: a side, whose it is, and the pair it mirrors.
public struct PatternRole: Sendable, Equatable {
    public var side: PatternSide
    public var who: PatternWho
    /// The id of its pair: the two items of a pair say the same thing with the roles swapped.
    public var pair: String

    public init(side: PatternSide, who: PatternWho, pair: String) {
        self.side = side
        self.who = who
        self.pair = pair
    }
}

/// What one person alone says about their partner, asked first in a session alone: it shapes the words
/// and cards written for them (the article's central case is a partner who will not come).
public enum PartnerStance: String, Sendable, CaseIterable {
    /// The partner knows, and is open to it.
    case open
    /// The partner knows, and does not want to take part.
    case declines
    /// The partner does not know.
    case unaware

    /// The stance an answer gives: the choices are numbered in this order; "prefer not to say" gives none.
    public init?(_ answer: Answer?) {
        guard case .level(let level)? = answer, Self.allCases.indices.contains(level - 1) else { return nil }
        self = Self.allCases[level - 1]
    }
}

/// The question a person alone answers first, about their partner, with a choice for each stance.
public struct SoloPartnerQuestion: Sendable, Equatable {
    public var item: Item
    /// The heading of its screen.
    public var name: String
    /// The choice for each stance, in the order of `PartnerStance.allCases`.
    public var choices: [String]

    public init(item: Item, name: String, choices: [String]) {
        self.item = item
        self.name = name
        self.choices = choices
    }

    /// The words of the choice for `stance`.
    public func choice(for stance: PartnerStance) -> String { choices[PartnerStance.allCases.firstIndex(of: stance)!] }

    /// The question as a one-item section, with its own choices.
    public var section: Section {
        Section(id: "solo-partner", name: name, about: "", items: [item], choices: choices)
    }
}
