/// Whether one person takes the questionnaire alone or two take it together.
public enum SessionMode: String, Sendable, CaseIterable {
    case couple, solo
}

/// Everything the results screens, text and JSON show. Built from answers alone, so it is the same in
/// every front end and format.
public struct Results: Sendable, Equatable {
    public var mode: SessionMode
    public var partners: [PartnerProfile]
    /// The comparison of the two partners; nil in solo mode.
    public var pair: PairComparison?
    /// Every card the rules chose, most relevant first; the first `cardsShownFirst` are the guidance, the
    /// rest wait under "more".
    public var cards: [ChosenCard]
    public static let cardsShownFirst = 6
    /// The perception round, when it was taken: each guess against the other's own readiness.
    public var perception: [PerceptionGap]
    /// The largest step everyone said yes to, and the next one.
    public var steps: StepLadder
    /// How therapy comes up between them; nil when the content has no such section.
    public var pattern: PatternResults?
    /// Alone: what the person said about their partner (nil when not asked, or they preferred not to say).
    public var stance: PartnerStance?
    public var identity: ContentIdentity
    /// The safety section every result ends with, the same for everyone (as JSON: `--json` prints it).
    public var safety: JSONValue

    public init(content: Content, sheets: [AnswerSheet], mode: SessionMode, guesses: [[String: Answer]] = []) {
        precondition(sheets.count == (mode == .couple ? 2 : 1), "a couple has two answer sheets, a solo session one")
        self.mode = mode
        partners = sheets.map { PartnerProfile(sheet: $0, content: content) }
        pair = mode == .couple ? PairComparison(partners[0], partners[1], content: content) : nil
        pattern = PatternResults(content: content, sheets: sheets)
        stance = mode == .solo ? content.soloPartner.flatMap { PartnerStance(sheets[0].answers[$0.item.id]) } : nil
        steps = StepLadder(content: content, sheets: sheets)
        cards = CardChooser(
            content: content, mode: mode, profiles: partners, pair: pair, pattern: pattern, stance: stance,
            ladder: steps
        ).choose()
        perception = PerceptionGap.gaps(content: content, sheets: sheets, guesses: guesses)
        identity = content.identity
        safety = content.checkIn.sharedJSON
    }
}
