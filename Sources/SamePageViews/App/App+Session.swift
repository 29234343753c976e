import SamePageCore

extension App {
    /// The view a session stage starts with: the focus on the answer already given, if any.
    func view(for session: Session) -> SessionView {
        switch session.stage {
        case .question(let partner, let index):
            let given = session.answer(partner: partner, index: index)
            return SessionView(focus: given.flatMap { session.choices.firstIndex(of: $0) })
        case .review:
            // The review opens at the question it was opened from (else at Done).
            return SessionView(focus: session.reviewFrom ?? session.questions.count)
        default:
            return SessionView()
        }
    }

    mutating func handleSession(_ key: Key, session: Session, view: SessionView) {
        var session = session
        var view = view
        let before = session.stage
        switch session.stage {
        case .question, .checkIn, .guess:
            let choices = session.choices
            switch key {
            // With nothing focused yet, ↓ moves to the first choice and ↑ to the last.
            case .up, .character("k"): view.focus = max((view.focus ?? choices.count) - 1, 0)
            case .down, .character("j"): view.focus = min((view.focus ?? -1) + 1, choices.count - 1)
            case .enter, .character(" "):
                guard let focus = view.focus else {
                    status = content.interface(.screenChooseFirst)
                    break
                }
                session.answer(choices[focus])
            case .character(let c) where c.isASCII && c.wholeNumberValue.flatMap(Answer.init(code:)).map(choices.contains) == true:
                session.answer(Answer(code: c.wholeNumberValue!)!)
            case .left, .backspace, .character("b"): session.back()
            case .right: session.forward()
            case .character("r"): session.openReview()
            case .character("s"): session.skipPerception()
            default: _ = handleCommon(key)
            }
        case .review:
            let rows = session.questions.count + 1
            let focus = view.focus ?? rows - 1
            switch key {
            case .up, .character("k"): view.focus = max(focus - 1, 0)
            case .down, .character("j"): view.focus = min(focus + 1, rows - 1)
            case .pageUp: view.focus = max(focus - 10, 0)
            case .pageDown: view.focus = min(focus + 10, rows - 1)
            case .home: view.focus = 0
            case .end: view.focus = rows - 1
            case .enter, .character(" "):
                if focus < session.questions.count {
                    session.edit(focus)
                } else if let missing = session.firstUnanswered {
                    session.resume(at: missing)
                } else {
                    session.proceed()
                }
            // Esc and ← go back to the question the review was opened from, rather than asking to quit.
            case .left, .backspace, .character("b"), .escape: session.back()
            default: _ = handleCommon(key)
            }
        case .together:
            // Only Enter, the key the screen names: the results open for both at once, never by a stray key.
            if key == .enter { session.proceed() } else { _ = handleCommon(key) }
        case .checkInDone, .handOff, .perceptionOffer, .guessHandOff:
            switch key {
            case _ where key == .enter || key.isLetter(letter(.lettersYes)): session.proceed()
            case _ where key == .character("s") || key.isLetter(letter(.lettersNo)): session.skipPerception()
            case .up, .character("k"): view.scroll = max(view.scroll - 1, 0)
            case .down, .character("j"): view.scroll = min(view.scroll + 1, layout?.lastOffset ?? Int.max / 2)
            default: _ = handleCommon(key)
            }
        case .results:
            break
        }
        if let results = session.results {
            finish(session, results)
            return
        }
        if session.stage != before {
            view = self.view(for: session)
            self.layout = self.layout?.unmeasured
        }
        set(.session(session, view))
    }

}
