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
