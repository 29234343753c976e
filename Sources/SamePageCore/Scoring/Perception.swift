/// One person's guess at the other's readiness, against what the other actually answered.
public struct PerceptionGap: Sendable, Equatable {
    public var guesser: Int
    /// Whose readiness was guessed; nil in solo, where the partner is not taking part.
    public var about: Int?
    /// The readiness the guesses add up to, scored like real answers on the items guessed.
    public var guessed: ScaleScore
    /// The other's own answers to the same items, scored the same way, when known.
    public var actual: Int?

    /// How far the guess was from the other's own answers, when both have a number.
    public var difference: Int? {
        guard let guessed = guessed.value, let actual else { return nil }
        return abs(guessed - actual)
    }

    /// The gap in curious, blame-free words. A guess is "close" only when it is within `closeGap` and
    /// reads as the same band, so two numbers on either side of a band's edge are never called close.
    public func sentence(names: [String], thresholds: Thresholds, words: InterfaceText) -> String {
        let guesser = names[self.guesser]
        guard let guessedValue = guessed.value else { return words(.perceptionTooFew, ["guesser": guesser]) }
        guard let about else { return words(.perceptionSolo, ["guess": String(guessedValue)]) }
        // In a couple, the other partner may have passed those questions: never "you" in a shared result.
        guard let actual else {
            return words(.perceptionUnanswered, ["guesser": guesser, "other": names[about], "guess": String(guessedValue)])
        }
        let values = ["guesser": guesser, "other": names[about], "guess": String(guessedValue), "actual": String(actual)]
        let sameBand = ReadinessBand(score: guessedValue, thresholds: thresholds) == ReadinessBand(score: actual, thresholds: thresholds)
        if abs(guessedValue - actual) <= thresholds.closeGap && sameBand { return words(.perceptionClose, values) }
        return words(guessedValue < actual ? .perceptionHigher : .perceptionLower, values)
    }

    static func gaps(content: Content, sheets: [AnswerSheet], guesses: [[String: Answer]]) -> [PerceptionGap] {
        guesses.enumerated().compactMap { guesser, answers in
            guard !answers.isEmpty else { return nil }
            let about = sheets.count == 2 ? 1 - guesser : nil
            // Guesses and the other's own answers are scored on the same few items, so like is set against like.
            var items = content.readiness
            items.items = content.guessItems
            let needed = min(content.thresholds.minReadinessAnswers, items.items.count)
            let guessed = ScaleScore.of(items, answers: answers, needed: needed)
            let actual = about.flatMap { ScaleScore.of(items, answers: sheets[$0].answers, needed: needed).value }
            return PerceptionGap(guesser: guesser, about: about, guessed: guessed, actual: actual)
        }
    }
}
