/// Where a session is and what has been answered: one partner's questions, their review, their private
/// check-in, the hand-off, then results. Front ends show `step` and feed the person's choices back in.
public struct Session: Sendable {
    public enum Step: Sendable, Equatable {
        case question(partner: Int, index: Int)
        case review(partner: Int)
        case checkIn(partner: Int, index: Int)
        /// The check-in is over; `concern` says whether to show the private support screen.
        case checkInDone(partner: Int, concern: Bool)
        case handOff(to: Int)
        case results
    }

    public let content: Content
    public let mode: SessionMode
    public let questions: [Question]
    public private(set) var sheets: [AnswerSheet]
    public private(set) var step: Step
    /// The current partner's check-in answers; dropped as soon as their check-in ends.
    private var checkInAnswers: [String: Answer] = [:]
    private var returnToReview = false

    public init(content: Content, mode: SessionMode, names: [String]) {
        precondition(names.count == (mode == .couple ? 2 : 1), "a couple has two names, a solo session one")
        self.content = content
        self.mode = mode
        questions = content.questions
        sheets = names.map { AnswerSheet(name: $0) }
        step = .question(partner: 0, index: 0)
    }

    /// What this partner answered to question `index`, for their own review; nil if not answered yet.
    public func answer(partner: Int, index: Int) -> Answer? {
        sheets[partner].answers[questions[index].item.id]
    }

    /// Records an answer on a question or check-in screen and moves on.
    public mutating func answer(_ answer: Answer) {
        switch step {
        case .question(let partner, let index):
            sheets[partner].answers[questions[index].item.id] = answer
            if returnToReview || index + 1 == questions.count {
                returnToReview = false
                step = .review(partner: partner)
            } else {
                step = .question(partner: partner, index: index + 1)
            }
        case .checkIn(let partner, let index):
            let items = content.checkIn.items
            checkInAnswers[items[index].id] = answer
            if index + 1 < items.count {
                step = .checkIn(partner: partner, index: index + 1)
            } else {
                let concern = content.checkIn.raisesConcern(checkInAnswers)
                checkInAnswers = [:]
                step = .checkInDone(partner: partner, concern: concern)
            }
        default:
            break
        }
    }

    /// Goes back one screen within the current partner's turn. A turn that has ended stays ended.
    public mutating func back() {
        switch step {
        case .question(let partner, let index) where index > 0:
            returnToReview = false
            step = .question(partner: partner, index: index - 1)
        case .review(let partner):
            step = .question(partner: partner, index: questions.count - 1)
        case .checkIn(let partner, 0):
            step = .review(partner: partner)
        case .checkIn(let partner, let index):
            step = .checkIn(partner: partner, index: index - 1)
        default:
            break
        }
    }

    /// From the review, opens question `index` to change it; answering returns to the review.
    public mutating func edit(_ index: Int) {
        guard case .review(let partner) = step, questions.indices.contains(index) else { return }
        returnToReview = true
        step = .question(partner: partner, index: index)
    }

    /// Confirms the current screen: the review, the end of the check-in, or the hand-off.
    public mutating func proceed() {
        switch step {
        case .review(let partner):
            step = content.checkIn.items.isEmpty
                ? .checkInDone(partner: partner, concern: false)
                : .checkIn(partner: partner, index: 0)
        case .checkInDone(let partner, _):
            step = partner + 1 < sheets.count ? .handOff(to: partner + 1) : .results
        case .handOff(let partner):
            step = .question(partner: partner, index: 0)
        default:
            break
        }
    }

    /// The results, once every partner has finished.
    public var results: Results? {
        step == .results ? Results(content: content, sheets: sheets, mode: mode) : nil
    }
}

extension Session {
    /// Moves to the next question when this one is answered (going forward again after going back).
    public mutating func forward() {
        guard case .question(let partner, let index) = step, answer(partner: partner, index: index) != nil else { return }
        step = index + 1 < questions.count ? .question(partner: partner, index: index + 1) : .review(partner: partner)
    }

    /// From the review, goes on from question `index` in order (to finish the questions still open).
    public mutating func resume(at index: Int) {
        guard case .review(let partner) = step, questions.indices.contains(index) else { return }
        returnToReview = false
        step = .question(partner: partner, index: index)
    }

    /// Opens the review list from any question of the current turn.
    public mutating func openReview() {
        guard case .question(let partner, _) = step else { return }
        step = .review(partner: partner)
    }

    /// The first question the current partner has not answered, if any.
    public var firstUnanswered: Int? {
        guard let partner = currentPartner else { return nil }
        return questions.indices.first { answer(partner: partner, index: $0) == nil }
    }

    /// Whose turn it is, or nil on the results.
    public var currentPartner: Int? {
        switch step {
        case .question(let partner, _), .review(let partner), .checkIn(let partner, _), .checkInDone(let partner, _),
             .handOff(let partner):
            partner
        case .results:
            nil
        }
    }
}
