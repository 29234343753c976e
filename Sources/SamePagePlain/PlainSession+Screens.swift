import SamePageCore
import SamePageViews

extension PlainSession {
    var words: InterfaceText { content.interface }

    /// A question on one line, with a space before what is typed (the content's texts are trimmed).
    /// A question whose answer is typed on its last line; a long one wraps at the width like any sentence.
    func prompt(_ text: String) {
        io.write(wrap(text, width: width).joined(separator: "\n") + " ")
    }

    func say(_ text: String) {
        io.write(wrap(text, width: width).joined(separator: "\n") + "\n")
    }

    func welcome() {
        io.write("\(content.texts.title)\n\n")
        say(content.texts.welcome)
        io.write(words(.welcomeMinutes, count: content.texts.minutes) + "\n\n")
        say(content.texts.privacy)
        if !keeping.isPossible { say(keeping.explanation(keeping: false, words: words)) }
        say(content.texts.disclaimer)
    }

    /// Where progress can be kept, the person chooses: keep their place in case they are interrupted, or
    /// keep nothing. Enter takes the default, as the full-screen welcome does: a couple keeps nothing, one
    /// person alone keeps their place. Nil when input ends.
    func askKeeping(_ mode: SessionMode) -> Bool? {
        guard keeping.isPossible else { return false }
        let byDefault = mode == .solo
        io.write("\n")
        say(keeping.explanation(ifKept: words))
        prompt(words(byDefault ? .plainKeepAsk : .plainKeepAskCouple))
        while true {
            guard let line = io.readLine()?.trimmedText.lowercased() else { return nil }
            let keep = line.isEmpty ? byDefault : words.isLetter(line, .lettersYes) ? true : words.isLetter(line, .lettersNo) ? false : nil
            if let keep {
                if !keep { say(keeping.explanation(keeping: false, words: words)) }
                return keep
            }
            prompt(words(.plainKeepAgain))
        }
    }

    /// A couple on a terminal that cannot be cleared: say so before anyone answers, with the way around it.
    func warnIfAnswersStayInView() {
        guard io.isTerminal && io.clearScreen == nil else { return }
        io.write("\n")
        say(words(.plainCannotClear))
    }

    func askMode() -> SessionMode? {
        io.write("\n\(words(.welcomeQuestion))\n  1  \(words(.welcomeTogether))\n  2  \(words(.welcomeSolo))\n")
        while true {
            prompt(words(.plainModeAsk))
            guard let line = io.readLine()?.trimmedText else { return nil }
            if line == "1" { return .couple }
            if line == "2" { return .solo }
            io.write(words(.plainModeAgain) + "\n")
        }
    }

    func askNames(_ mode: SessionMode) -> [String]? {
        io.write("\n" + words(.plainNamesIntro) + "\n")
        let prompts = mode == .couple ? [words(.plainNameFirst), words(.plainNameSecond)] : [words(.namesYours)]
        var names: [String] = []
        for (index, prompt) in prompts.enumerated() {
            let fallback = NamesForm(mode: mode, words: words).fallback(index)
            io.write(words(.typographyLabel, ["label": "\(prompt) [\(fallback)]", "value": ""]))
            guard let line = io.readLine() else { return nil }
            names.append(Names.clean(line, default: fallback))
        }
        return Names.distinct(names)
    }

    func startTurn(_ session: Session, partner: Int) {
        io.write("\n=== \(SessionWords.turnTitle(session, partner, words)) ===\n")
        io.write(words(.plainHowTo, ["prefer_not": content.scale.preferNot]) + "\n")
    }

    /// One statement with its numbered choices; repeats until the input is understood.
    func ask(_ statement: String, header: String, choices: [String]? = nil, skippable: Bool = false) -> Choice {
        var lines = ["", header] + wrap(statement, width: width, indent: "  ")
        for (index, label) in (choices ?? content.scale.choices).enumerated() {
            lines.append("    \(index + 1)  \(label)")
        }
        lines.append("    0  \(content.scale.preferNot)")
        io.write(lines.joined(separator: "\n") + "\n")
        let highest = (choices ?? content.scale.choices).count
        while true {
            prompt(words(.plainAnswerAsk))
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if let code = Int(line), code <= highest, let answer = Answer(code: code) { return .answer(answer) }
            switch line {
            case "b": return .back
            case "s" where skippable: return .skip
            case "q":
                return confirmQuit() ?? ask(statement, header: header, choices: choices, skippable: skippable)
            default: io.write(words(.plainAnswerAgain, ["highest": String(highest)]) + "\n")
            }
        }
    }

    func review(_ session: Session) -> Choice {
        // The numbered questions; an opening question is changed by going back to it (b).
        let count = session.questions.count - session.opening
        io.write("\n" + words(.plainEnd) + "\n")
        io.write(words(.plainReviewHow, ["count": String(count)]) + "\n")
        while true {
            prompt(words(.plainReviewAsk))
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if line.isEmpty { return .proceed }
            if let number = Int(line), (1...count).contains(number) { return .edit(number - 1 + session.opening) }
            switch line {
            case "b": return .back
            case "q": if let quit = confirmQuit() { return quit }
            default: io.write(words(.plainReviewAgain, ["count": String(count)]) + "\n")
            }
        }
    }

    /// The support page everyone sees after the check-in, word for word the same whatever they answered.
    func support() -> Choice {
        io.write("\n")
        let lines = SupportPage.lines(content.checkIn, width: width, words: content.interface)
        io.write(lines.dropLast().map(\.text).joined(separator: "\n") + "\n")
        return pressEnter(content.interface(.supportClosing))
    }

    /// The optional perception round: Enter skips it, so a scripted session only needs one more empty line.
    func offerPerception(_ mode: SessionMode) -> Choice {
        // The second partner's turn, check-in included, is over: hide it before anyone else reads on.
        if mode == .couple { hideEarlierLines() }
        io.write("\n")
        say(words(.guessesPause))
        if mode == .couple {
            say(words(.plainGuessCouple))
        } else {
            say(words(.plainGuessSolo))
        }
        prompt(words(.plainGuessAsk))
        guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
        return words.isLetter(line, .lettersYes) ? .proceed : .skip
    }

    /// The ready screen before a partner's turn. Before the second partner's, the screen is cleared, or on
    /// a terminal that cannot clear, the first partner's lines are pushed out of view (the warning at the
    /// start said why); before the first, nothing private has been shown yet.
    func handOff(_ session: Session, to partner: Int) -> Choice {
        if partner > 0 { hideEarlierLines() }
        io.write("\n")
        for line in ReadyWords.lines(session, partner: partner) { say(line) }
        return pressEnter(ReadyWords.prompt(session, partner: partner))
    }

    /// Before a couple's results: both are asked to be there, so the second partner never reads them alone.
    func together(_ session: Session) -> Choice {
        hideEarlierLines()
        io.write("\n")
        say(words(.togetherText, ["first": session.sheets[0].name, "second": session.sheets[1].name]))
        return pressEnter(words(.togetherPrompt))
    }

    /// Clears the screen, or on a terminal that cannot clear, pushes the earlier lines out of view (the
    /// warning at the start said why); text going to a pipe is left as it is.
    func hideEarlierLines() {
        if let clear = io.clearScreen {
            clear()
        } else if io.isTerminal {
            io.write(String(repeating: "\n", count: 100))
        }
    }

    func pressEnter(_ prompt: String) -> Choice {
        io.write(prompt + " ")
        while true {
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if line == "q" {
                if let quit = confirmQuit() { return quit }
                io.write(prompt + " ")
                continue
            }
            return .proceed
        }
    }

    /// Asks before quitting: `.quit`, `.quitDiscarding`, or nil to go on.
    func confirmQuit() -> Choice? {
        if let progressProblem, keeps {
            prompt(words(.plainQuitLost, ["cause": progressProblem]))
        } else if keeps {
            prompt(words(.plainQuitKeep))
        } else {
            prompt(words(.plainQuitNothing))
        }
        // Only the letters the question names: keep or discard where the answers can be kept, else yes.
        let canKeep = keeps && progressProblem == nil
        let line = io.readLine()?.trimmedText ?? ""
        if words.isLetter(line, canKeep ? .lettersKeep : .lettersYes) { return .quit }
        if canKeep && words.isLetter(line, .lettersDiscard) { return .quitDiscarding }
        return nil
    }

    enum ResumeChoice { case resume, discard, ended }

    func offerResume(_ progress: SessionProgress) -> ResumeChoice {
        io.write("\n")
        say(
            words(.resumeFound) + " "
                + ResumeWords.summary(
                    progress, questions: content.questions.count, opening: content.openingCount(for: progress.mode), words: words) + ".")
        prompt(words(.plainResumeAsk))
        while true {
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if line.isEmpty || line == "r" { return .resume }
            if words.isLetter(line, .lettersDiscard) { return .discard }
            prompt(words(.plainResumeAgain))
        }
    }
}
