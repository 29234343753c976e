/// One person's guess at the other's readiness, against what the other actually answered.
public struct PerceptionGap: Sendable, Equatable {
    public var guesser: Int
    /// Whose readiness was guessed; nil in solo, where the partner is not taking part.
    public var about: Int?
    /// The readiness the guesses add up to, scored like real answers.
    public var guessed: ScaleScore
    /// The other's own readiness, when known.
    public var actual: Int?

    /// How far the guess was from the other's own answers, when both have a number.
    public var difference: Int? {
        guard let guessed = guessed.value, let actual else { return nil }
        return abs(guessed - actual)
    }

    /// The gap in curious, blame-free words.
    public func sentence(names: [String], closeGap: Int) -> String {
        let guesser = names[self.guesser]
        guard let guessedValue = guessed.value else {
            return "\(guesser) made too few guesses to compare."
        }
        guard let about, let actual else {
            return "You guessed your partner's readiness at \(guessedValue). Asking how they see it could be a gentle way to start."
        }
        let other = names[about]
        if abs(guessedValue - actual) <= closeGap {
            return "\(guesser) guessed \(other)'s readiness at \(guessedValue), close to \(other)'s own \(actual). You read each other well here."
        }
        if guessedValue < actual {
            return "\(guesser) guessed \(guessedValue), and \(other)'s own answers give \(actual): \(other) is more open than \(guesser) thought. That may be good news to talk about."
        }
        return "\(guesser) guessed \(guessedValue), and \(other)'s own answers give \(actual): \(other) is less sure than \(guesser) thought. \(other)'s worries may be worth hearing first."
    }

    static func gaps(content: Content, sheets: [AnswerSheet], guesses: [[String: Answer]], profiles: [PartnerProfile]) -> [PerceptionGap] {
        guesses.enumerated().compactMap { guesser, answers in
            guard !answers.isEmpty else { return nil }
            let about = sheets.count == 2 ? 1 - guesser : nil
            let guessed = ScaleScore.of(content.readiness, answers: answers, needed: content.thresholds.minReadinessAnswers)
            return PerceptionGap(guesser: guesser, about: about, guessed: guessed, actual: about.flatMap { profiles[$0].readiness.value })
        }
    }
}
