import SamePageCore
import SamePageViews

/// The questionnaire line by line, for screen readers, pipes and dumb terminals: every question is printed
/// with numbered choices and answered by typing a number. It never repeats an earlier answer back.
public struct PlainSession {
    let content: Content
    let io: PlainIO
    let width: Int
    /// Whether unfinished answers may be kept on disk; the person chooses at the start.
    let keeping: Keeping
    /// The person's choice: keep their place on disk, or keep nothing.
    var keeps: Bool
    /// Why the last write of progress failed; nil while writes work.
    var progressProblem: String?
    /// The numbered choices last read out in full; a question on the same scale only names them.
    var explained: [String] = []
    /// The section of the question last asked, named again only when it changes.
    var lastSection: String?

    public init(content: Content, io: PlainIO, width: Int = 78, keeping: Keeping = .impossible(.privateMode)) {
        self.content = content
        // Everything line by line says is for the ear as well as the eye (SpokenText).
        var spoken = io
        spoken.write = { io.write(SpokenText.cleaned($0)) }
        self.io = spoken
        self.width = width
        self.keeping = keeping
        keeps = keeping.isPossible
    }

    /// Runs a whole session, from `resume` when given (and accepted). `onProgress` says after every step
    /// what to keep on disk, or to clear it when the old session is discarded; it answers with why the
    /// write failed, if it did, which is said at once.
    public mutating func run(
        mode requested: SessionMode?, resume: SessionProgress? = nil, onProgress: (ProgressChange) -> String? = { _ in nil }
    ) -> PlainOutcome {
        welcome()
        var session: Session
        switch resume.map(offerResume) {
        case .resume?:
            session = Session(content: content, resuming: resume!)
        case .ended?:
            return .inputEnded
        case .discard?, nil:
            if resume != nil { _ = onProgress(.clear) }
            guard let mode = requested ?? askMode(), let choice = askKeeping(mode), let names = askNames(mode) else { return .inputEnded }
            keeps = choice
            session = Session(content: content, mode: mode, names: names)
            if mode == .couple { warnIfAnswersStayInView() }
        }
        var announced = -1
        while true {
            // On the results there is no progress: the command line deletes what was kept.
            if keeps, let progress = session.progress {
                let problem = onProgress(.keep(progress))
                if let problem, problem != progressProblem { io.write(words(.plainNotKept, ["cause": problem]) + "\n") }
                progressProblem = problem
            }
            let result: Choice
            switch session.stage {
            case .question(let partner, let index):
                if partner != announced {
                    announced = partner
                    startTurn(session, partner: partner)
                }
                let question = session.questions[index]
                // The section is named at its first question, then only the number.
                let named = question.section.name != lastSection
                lastSection = question.section.name
                let header =
                    session.number(of: index).map { numbered in
                        let values = ["number": String(numbered.number), "total": String(numbered.total), "section": question.section.name]
                        return named ? words(.plainQuestionHeader, values) : words(.plainQuestionNumber, values)
                    } ?? question.section.name
                result = ask(question.item.text, header: header, choices: question.section.choices)
            case .review:
                result = review(session)
            case .checkIn(_, let index):
                if index == 0 { say(content.checkIn.intro) }
                let item = content.checkIn.items[index]
                result = ask(
                    item.text,
                    header: words(.plainCheckInHeader, ["number": String(index + 1), "total": String(content.checkIn.items.count)]),
                    choices: content.checkIn.choices(for: item, agreement: content.scale))
            case .checkInDone:
                result = support()
            case .handOff(let partner):
                result = handOff(session, to: partner)
            case .perceptionOffer:
                result = offerPerception(session.mode)
            case .guess(let guesser, let index):
                let about =
                    session.guessed(by: guesser).map { words(.guessesAboutNamed, ["name": session.sheets[$0].name]) }
                    ?? words(.guessesAboutPartner)
                let count = content.guessItems.count
                let title =
                    session.mode == .solo ? words(.guessesTitleYours) : words(.guessesTitleNamed, ["name": session.sheets[guesser].name])
                if index == 0 { io.write("\n\(title)\n" + words(.plainSkipGuesses) + "\n") }
                result = ask(
                    content.guessItems[index].text,
                    header: words(.plainGuessHeader, ["number": String(index + 1), "total": String(count), "about": about]), skippable: true
                )
            case .guessHandOff(let partner):
                hideEarlierLines()
                io.write("\n" + ReadyWords.guessHandOff(session, partner: partner) + "\n")
                result = pressEnter(ReadyWords.guessPrompt(session, partner: partner))
            case .together:
                result = together(session)
            case .results:
                return .finished(SessionSnapshot(session))
            }
            switch result {
            case .answer(let answer): session.answer(answer)
            case .back: session.back()
            case .edit(let index): session.edit(index)
            case .proceed: session.proceed()
            case .skip: session.skipPerception()
            case .quit: return .quit
            case .quitDiscarding: return .quitDiscarding
            case .ended: return .inputEnded
            }
        }
    }

    /// What the person chose on one screen.
    enum Choice {
        case answer(Answer), back, edit(Int), proceed, skip, quit, quitDiscarding, ended
    }
}

/// The end of a finished session: the answer sheets and results, without the check-in (never kept).
public struct SessionSnapshot: Sendable {
    public let mode: SessionMode
    public let sheets: [AnswerSheet]
    public let results: Results

    init(_ session: Session) {
        mode = session.mode
        sheets = session.sheets
        results = session.results!
    }
}
