/// Where a session is and what has been answered: one partner's questions, their review, their private
/// check-in, the hand-off, then results. Front ends show `step` and feed the person's choices back in.
public struct Session: Sendable {
    /// Where the session is (a stage, never a "step": steps are what the results suggest).
    public enum Stage: Sendable, Equatable {
        case question(partner: Int, index: Int)
        case review(partner: Int)
        case checkIn(partner: Int, index: Int)
        /// The check-in is over; everyone sees the same support page, word for word.
        case checkInDone(partner: Int)
        /// Before a partner's turn in a couple session (and before any resumed turn): the other steps away,
        /// and this partner confirms they are alone before anything of theirs is shown.
        case handOff(to: Int)
        /// After the last check-in: take the optional perception round, or skip it.
        case perceptionOffer
        /// `guesser` guesses how the other partner (in solo, their partner) answered readiness item `index`.
        case guess(guesser: Int, index: Int)
        /// Between the two partners' guesses, the keyboard goes back to the first partner.
        case guessHandOff(to: Int)
        /// A couple's last screen before the results: both are asked to be there, so that neither sees the
        /// joint results alone.
        case together
        case results
    }

    public let content: Content
    public let mode: SessionMode
    public let questions: [Question]
    public internal(set) var sheets: [AnswerSheet]
    /// Each person's guesses of the other's readiness answers, by item id; empty when the round is skipped.
    public private(set) var guesses: [[String: Answer]]
    public internal(set) var stage: Stage
    private var returnToReview = false
    /// Where a resumed turn goes on once its partner has confirmed on the ready screen.
    public internal(set) var resumeStage: Stage?
    /// A couple's session resumed at the guesses: the first guesser confirms they are at the keyboard,
    /// on a hand-off screen, before guessing (whoever sits down after a break may be the other one).
    public internal(set) var resumedAtGuesses = false
    /// The question the review was opened from; ← or Esc in the review goes back there.
    public internal(set) var reviewFrom: Int?

    public init(content: Content, mode: SessionMode, names: [String]) {
        precondition(names.count == (mode == .couple ? 2 : 1), "a couple has two names, a solo session one")
        self.content = content
        self.mode = mode
        questions = content.questions(for: mode)
        sheets = names.map { AnswerSheet(name: $0) }
        guesses = names.map { _ in [:] }
        // A couple starts with the first partner's ready screen, so nobody answers while the other looks on.
        stage = mode == .couple ? .handOff(to: 0) : .question(partner: 0, index: 0)
    }

    /// What this partner answered to question `index`, for their own review; nil if not answered yet.
    public func answer(partner: Int, index: Int) -> Answer? {
        sheets[partner].answers[questions[index].item.id]
    }

    /// The answers offered on the current screen, in the order listed: the five levels (or a question's own
    /// choices) and "prefer not to say".
    public var choices: [Answer] {
        guard case .question(_, let index) = stage, let own = questions[index].section.choices else { return choiceOrder }
        return own.indices.map { .level($0 + 1) } + [.preferNot]
    }

    /// Records an answer on a question or check-in screen and moves on.
    public mutating func answer(_ answer: Answer) {
        switch stage {
        case .question(let partner, let index):
            let question = questions[index]
            sheets[partner].answers[question.item.id] = answer
            if question.isGate { applyGate(question.section, answer, partner: partner) }
            let next = returnToReview ? nil : nextQuestion(after: index, partner: partner)
            returnToReview = false
            stage = next.map { .question(partner: partner, index: $0) } ?? .review(partner: partner)
        case .checkIn(let partner, let index):
            // The answer is not kept anywhere: it decides nothing, so nothing can reveal it.
            stage = index + 1 < content.checkIn.items.count ? .checkIn(partner: partner, index: index + 1) : .checkInDone(partner: partner)
        case .guess(let guesser, let index):
            let items = content.guessItems
            guesses[guesser][items[index].id] = answer
            if index + 1 < items.count {
                stage = .guess(guesser: guesser, index: index + 1)
            } else {
                // The last partner guesses first, while still at the keyboard; then the first partner does.
                stage = guesser > 0 ? .guessHandOff(to: guesser - 1) : afterGuesses
            }
        default:
            break
        }
    }

    /// Goes back one screen within the current partner's turn. A turn that has ended stays ended.
    public mutating func back() {
        switch stage {
        case .question(let partner, let index):
            guard let previous = previousQuestion(before: index, partner: partner) else { break }
            returnToReview = false
            stage = .question(partner: partner, index: previous)
        case .review(let partner):
            stage = .question(partner: partner, index: reviewFrom ?? lastAsked(partner))
            reviewFrom = nil
        case .checkIn(let partner, 0):
            stage = .review(partner: partner)
        case .checkIn(let partner, let index):
            stage = .checkIn(partner: partner, index: index - 1)
        case .guess(let guesser, let index) where index > 0:
            stage = .guess(guesser: guesser, index: index - 1)
        default:
            break
        }
    }

    /// From the review, opens question `index` to change it; answering returns to the review.
    public mutating func edit(_ index: Int) {
        guard case .review(let partner) = stage, questions.indices.contains(index) else { return }
        returnToReview = true
        reviewFrom = nil
        stage = .question(partner: partner, index: index)
    }

    /// Confirms the current screen: the review, the end of the check-in, or the hand-off.
    public mutating func proceed() {
        switch stage {
        case .review(let partner):
            reviewFrom = nil
            stage =
                content.checkIn.items.isEmpty
                ? .checkInDone(partner: partner)
                : .checkIn(partner: partner, index: 0)
        case .checkInDone(let partner):
            stage = partner + 1 < sheets.count ? .handOff(to: partner + 1) : .perceptionOffer
        case .handOff(let partner):
            stage = resumeStage ?? .question(partner: partner, index: 0)
            resumeStage = nil
        case .perceptionOffer:
            stage = resumedAtGuesses ? .guessHandOff(to: sheets.count - 1) : .guess(guesser: sheets.count - 1, index: 0)
        case .guessHandOff(let partner):
            resumedAtGuesses = false
            stage = .guess(guesser: partner, index: 0)
        case .together:
            stage = .results
        default:
            break
        }
    }

    /// The results, once every partner has finished.
    public var results: Results? {
        stage == .results ? Results(content: content, sheets: sheets, mode: mode, guesses: guesses) : nil
    }
}

extension Session {
    /// Moves to the next question when this one is answered (going forward again after going back).
    public mutating func forward() {
        guard case .question(let partner, let index) = stage, answer(partner: partner, index: index) != nil else { return }
        stage = nextQuestion(after: index, partner: partner).map { .question(partner: partner, index: $0) } ?? .review(partner: partner)
    }

    /// A gate's answer sets its theme's items aside as "does not apply", or brings back the ones it had set
    /// aside (to be answered), so changing the gate in the review changes what is asked.
    mutating func applyGate(_ section: Section, _ answer: Answer, partner: Int) {
        let aside = Section.gateSetsAside(answer)
        for item in section.items {
            if aside {
                sheets[partner].answers[item.id] = .notApplicable
            } else if sheets[partner].answers[item.id] == .notApplicable {
                sheets[partner].answers[item.id] = nil
            }
        }
    }

    /// The question after `index` that is asked: items a gate set aside are passed over.
    func nextQuestion(after index: Int, partner: Int) -> Int? {
        questions.indices.dropFirst(index + 1).first { answer(partner: partner, index: $0) != .notApplicable }
    }

    /// The last question this partner was asked (not one a gate set aside).
    func lastAsked(_ partner: Int) -> Int { previousQuestion(before: questions.count, partner: partner) ?? questions.count - 1 }

    /// The question before `index` that was asked.
    func previousQuestion(before index: Int, partner: Int) -> Int? {
        questions.indices.prefix(index).last { answer(partner: partner, index: $0) != .notApplicable }
    }

    /// Skips the optional perception round (or what is left of it) and goes to the results.
    public mutating func skipPerception() {
        switch stage {
        case .perceptionOffer, .guess, .guessHandOff:
            guesses = guesses.map { _ in [:] }
            stage = afterGuesses
        default:
            break
        }
    }

    /// Where the session goes once the guesses are made or skipped: a couple is asked to be together first.
    var afterGuesses: Stage { mode == .couple ? .together : .results }

    /// How many opening questions come before the numbered ones (alone: the one about the partner).
    public var opening: Int { content.openingCount(for: mode) }

    /// "Question 3 of 42" for question `index`, or nil for an opening question, which has no number.
    public func number(of index: Int) -> (number: Int, total: Int)? {
        index < opening ? nil : (index + 1 - opening, questions.count - opening)
    }

    /// Whose answers `guesser` is guessing: the other partner, or nil in solo (a partner who is not here).
    public func guessed(by guesser: Int) -> Int? { sheets.count == 2 ? 1 - guesser : nil }

    /// From the review, goes on from question `index` in order (to finish the questions still open).
    public mutating func resume(at index: Int) {
        guard case .review(let partner) = stage, questions.indices.contains(index) else { return }
        returnToReview = false
        reviewFrom = nil
        stage = .question(partner: partner, index: index)
    }

    /// Opens the review list from any question of the current turn.
    public mutating func openReview() {
        guard case .question(let partner, let index) = stage else { return }
        reviewFrom = index
        stage = .review(partner: partner)
    }

    /// The first question the current partner has not answered, if any.
    public var firstUnanswered: Int? {
        guard let partner = currentPartner else { return nil }
        return questions.indices.first { answer(partner: partner, index: $0) == nil }
    }

    /// Whose turn it is, or nil where nobody's is (the offer of guesses, the together screen, the results).
    public var currentPartner: Int? {
        switch stage {
        case .question(let partner, _), .review(let partner), .checkIn(let partner, _), .checkInDone(let partner),
            .handOff(let partner), .guess(let partner, _), .guessHandOff(let partner):
            partner
        case .perceptionOffer, .together, .results:
            nil
        }
    }
}
