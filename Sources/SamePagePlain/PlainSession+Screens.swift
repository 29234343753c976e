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

    /// A heading is its words alone on a line, after a blank one: never a rule a screen reader reads out.
    func startTurn(_ session: Session, partner: Int) {
        io.write("\n\(SessionWords.turnTitle(session, partner, words))\n")
        io.write(words(.plainHowTo, ["prefer_not": content.scale.preferNot]) + "\n")
    }

    /// One statement, answered by typing a number; repeats until the input is understood. Its choices are
    /// read out in full the first time a scale is met (and when the scale changes, as the check-in's do), then
    /// only named in a short reminder, so a screen reader reads six lines once rather than for every
    /// question; `?` reads them again.
    mutating func ask(_ statement: String, header: String, choices: [String]? = nil, skippable: Bool = false) -> Choice {
        let labels = choices ?? content.scale.choices
        let list = labels.enumerated().map { "    \($0.offset + 1)  \($0.element)" } + ["    0  \(content.scale.preferNot)"]
        var lines = ["", header] + wrap(statement, width: width, indent: "  ")
        // On a scale already read out, the prompt itself is the reminder.
        let ask = list == explained ? words(.plainReminder, ["highest": String(labels.count)]) : words(.plainAnswerAsk)
        if list != explained { lines += list }
        explained = list
        io.write(lines.joined(separator: "\n") + "\n")
        while true {
            prompt(ask)
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if let code = Int(line), code <= labels.count, let answer = Answer(code: code) { return .answer(answer) }
            switch line {
            case "b": return .back
            case "s" where skippable: return .skip
            case "?": io.write(list.joined(separator: "\n") + "\n")
            case "q":
                if let quit = confirmQuit() { return quit }
                io.write(lines.joined(separator: "\n") + "\n")
            default: io.write(words(.plainAnswerAgain, ["highest": String(labels.count)]) + "\n")
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

    /// The support page everyone sees after the check-in, word for word the same whatever they answered:
    /// short by ear, with the lines of the reader's own country, and every other line when `more` is typed.
    func support() -> Choice {
        io.write("\n")
        let near = content.checkIn.nearest
        let lines = SupportPage.lines(near, width: width, words: words)
        io.write(lines.dropLast().map(\.text).joined(separator: "\n") + "\n")
        guard !content.checkIn.elsewhere.isEmpty else { return pressEnter(words(.supportClosing)) }
        io.write("\n")
        say(words(.plainSupportMore))
        while true {
            io.write(words(.supportClosing) + " ")
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if line == words(.plainMoreWord).lowercased() {
                var rest = content.checkIn
                rest.resources = content.checkIn.elsewhere
                io.write(SupportPage.resourceLines(rest, width: width, words: words).map(\.text).joined(separator: "\n") + "\n\n")
                continue
            }
            if line == "q" {
                if let quit = confirmQuit() { return quit }
                continue
            }
            return .proceed
        }
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
