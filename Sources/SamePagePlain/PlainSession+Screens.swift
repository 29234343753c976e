import SamePageCore
import SamePageViews

extension PlainSession {
    func say(_ text: String) {
        io.write(wrap(text, width: width).joined(separator: "\n") + "\n")
    }

    func welcome() {
        io.write("\(content.texts.title)\n\n")
        say(content.texts.welcome)
        io.write("It takes about \(content.texts.minutes) minutes for each person.\n\n")
        say(content.texts.privacy)
        if !keeping.isPossible { say(keeping.explanation(keeping: false, words: content.interface)) }
        say(content.texts.disclaimer)
    }

    /// Where progress can be kept, the person chooses: keep their place in case they are interrupted, or
    /// keep nothing. Enter keeps it, as the full-screen welcome does. Nil when input ends.
    func askKeeping() -> Bool? {
        guard keeping.isPossible else { return false }
        io.write("\n")
        say(keeping.explanation(keeping: true, words: content.interface))
        io.write("Keep your place? Type y to keep it (or press Enter), or n to keep nothing: ")
        while true {
            guard let line = io.readLine()?.trimmedText.lowercased() else { return nil }
            if line.isEmpty || line == "y" { return true }
            if line == "n" {
                say(keeping.explanation(keeping: false, words: content.interface))
                return false
            }
            io.write("Please type y to keep your place, or n to keep nothing: ")
        }
    }

    /// A couple on a terminal that cannot be cleared: say so before anyone answers, with the way around it.
    func warnIfAnswersStayInView() {
        guard io.isTerminal && io.clearScreen == nil else { return }
        io.write("\n")
        say("This terminal cannot clear its screen, so each person's answers may stay in view for the "
            + "other. To answer in private, each of you can run samepage --solo --save FILE on your own, "
            + "then samepage compare FILE1 FILE2.")
    }

    func askMode() -> SessionMode? {
        io.write("\nHow are you taking it?\n  1  Together, as a couple\n  2  On my own\n")
        while true {
            io.write("Type 1 or 2: ")
            guard let line = io.readLine()?.trimmedText else { return nil }
            if line == "1" { return .couple }
            if line == "2" { return .solo }
            io.write("Please type 1 for together or 2 for on your own.\n")
        }
    }

    func askNames(_ mode: SessionMode) -> [String]? {
        io.write("\nNames are optional. Press Enter to keep the one in brackets.\n")
        let prompts = mode == .couple ? ["First person's name", "Second person's name"] : ["Your name"]
        var names: [String] = []
        for (index, prompt) in prompts.enumerated() {
            let fallback = NamesForm(mode: mode, words: content.interface).fallback(index)
            io.write("\(prompt) [\(fallback)]: ")
            guard let line = io.readLine() else { return nil }
            names.append(Names.clean(line, default: fallback))
        }
        return Names.distinct(names)
    }

    func startTurn(_ session: Session, partner: Int) {
        io.write("\n=== \(SessionWords.turnTitle(session, partner, content.interface)) ===\n")
        io.write("Type 1 to 5 to answer, 0 for \"\(content.scale.preferNot)\", b to go back, q to quit.\n")
    }

    /// One statement with its numbered choices; repeats until the input is understood.
    /// `notApplicable` adds a sixth choice, "does not apply", for the sections that offer one.
    func ask(_ statement: String, header: String, choices: [String]? = nil, notApplicable: String? = nil,
             skippable: Bool = false) -> Step {
        var lines = ["", header] + wrap(statement, width: width, indent: "  ")
        for (index, label) in (choices ?? content.scale.choices).enumerated() {
            lines.append("    \(index + 1)  \(label)")
        }
        lines.append("    0  \(content.scale.preferNot)")
        if let notApplicable { lines.append("    6  \(notApplicable)") }
        io.write(lines.joined(separator: "\n") + "\n")
        let highest = notApplicable == nil ? 5 : 6
        while true {
            io.write("Your answer: ")
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if let code = Int(line), code <= highest, let answer = Answer(code: code) { return .answer(answer) }
            switch line {
            case "b": return .back
            case "s" where skippable: return .skip
            case "q":
                return confirmQuit() ?? ask(statement, header: header, choices: choices, notApplicable: notApplicable, skippable: skippable)
            default: io.write("Please type a number from 0 to \(highest), b to go back, or q to quit.\n")
            }
        }
    }

    func review(_ session: Session) -> Step {
        let count = session.questions.count
        io.write("\nYou have reached the end of the questions.\n")
        io.write("To change an answer, type its question number (1 to \(count)). Press Enter to go on.\n")
        while true {
            io.write("Question number, or Enter: ")
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if line.isEmpty { return .proceed }
            if let number = Int(line), (1...count).contains(number) { return .edit(number - 1) }
            switch line {
            case "b": return .back
            case "q": if let quit = confirmQuit() { return quit }
            default: io.write("Please type a number from 1 to \(count), or press Enter to go on.\n")
            }
        }
    }

    /// The support page everyone sees after the check-in, with the same lines whatever they answered but
    /// one calm sentence, padded to the same number of lines.
    func support(concern: Bool) -> Step {
        io.write("\n")
        let lines = SupportPage.lines(content.checkIn, concern: concern, width: width, words: content.interface)
        io.write(lines.dropLast().map(\.text).joined(separator: "\n") + "\n")
        return pressEnter(content.interface(.supportClosing))
    }

    /// The optional perception round: Enter skips it, so a scripted session only needs one more empty line.
    func offerPerception(_ mode: SessionMode) -> Step {
        // The second partner's turn, check-in included, is over: hide it before anyone else reads on.
        if mode == .couple { hideEarlierLines() }
        io.write("\n")
        if mode == .couple {
            say("One last, optional step: guess how each other answered the questions about readiness. The results then show each guess next to the real answers.")
        } else {
            say("One last, optional step: guess how your partner would answer the questions about readiness. The results show your guess, to talk over with them if you like.")
        }
        io.write("Type y to guess, or press Enter to skip: ")
        guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
        return line == "y" ? .proceed : .skip
    }

    /// The ready screen before a partner's turn. Before the second partner's, the screen is cleared, or on
    /// a terminal that cannot clear, the first partner's lines are pushed out of view (the warning at the
    /// start said why); before the first, nothing private has been shown yet.
    func handOff(_ session: Session, to partner: Int) -> Step {
        if partner > 0 { hideEarlierLines() }
        io.write("\n")
        for line in ReadyWords.lines(session, partner: partner) { say(line) }
        return pressEnter(ReadyWords.prompt(session, partner: partner))
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

    func pressEnter(_ prompt: String) -> Step {
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
    func confirmQuit() -> Step? {
        if let progressProblem, keeps {
            io.write("Quit now? Your answers could not be kept (\(progressProblem)). Type y to quit, or press Enter to go on: ")
        } else if keeps {
            io.write("Quit now? Type k to keep your answers on this computer and finish later, d to discard them, or press Enter to go on: ")
        } else {
            io.write("Quit now? Nothing will be kept. Type y to quit, or press Enter to go on: ")
        }
        switch io.readLine()?.trimmedText.lowercased() {
        case "y", "k": return .quit
        case "d" where keeps && progressProblem == nil: return .quitDiscarding
        default: return nil
        }
    }

    enum ResumeChoice { case resume, discard, ended }

    func offerResume(_ progress: SessionProgress) -> ResumeChoice {
        io.write("\n")
        say(content.interface(.resumeFound) + " " + ResumeWords.summary(progress, questions: content.questions.count, words: content.interface) + ".")
        io.write("Type r (or press Enter) to resume it, or d to discard it and start again: ")
        while true {
            guard let line = io.readLine()?.trimmedText.lowercased() else { return .ended }
            if line.isEmpty || line == "r" { return .resume }
            if line == "d" { return .discard }
            io.write("Please type r to resume or d to discard: ")
        }
    }
}
