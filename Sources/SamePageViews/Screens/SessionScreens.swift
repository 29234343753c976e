import SamePageCore

/// The screens of one partner's turn: questions, review, check-in, support, the hand-off, the guesses, and
/// the screen that brings a couple together before their results.
enum SessionScreens {
    /// Draws the stage; only the support page scrolls, and says what it laid out.
    @discardableResult
    static func draw(_ canvas: inout Canvas, session: Session, view: SessionView) -> Layout {
        let names = session.sheets.map(\.name)
        let words = canvas.words, enter = words(.keyNamesEnter), quit = ("q", words(.keysQuit)), help = ("?", words(.keysHelp))
        switch session.stage {
        case .question(let partner, let index):
            let question = session.questions[index]
            let given = session.answer(partner: partner, index: index)
            canvas.footer(answerHints(words) + [("r", words(.keysReview)), help, quit])
            canvas.header(SessionWords.turnTitle(session, partner, words))
            // An opening question (alone: the one about the partner) is named, not numbered.
            let numbered = session.number(of: index)
            status(
                &canvas,
                numbered.map {
                    words(
                        .sessionQuestionStatus,
                        [
                            "section": question.section.name, "number": String($0.number),
                            "total": String($0.total),
                        ])
                } ?? question.section.name,
                done: numbered.map { $0.number - 1 } ?? 0, total: numbered?.total ?? 1)
            canvas.spacer()
            canvas.paragraph(question.item.text, style: .bold)
            canvas.spacer()
            let labels =
                question.section.choices.map { Self.labels($0, preferNot: session.content.scale.preferNot) }
                ?? labels(session.content.scale)
            canvas.choices(labels, focus: view.focus, chosen: given.flatMap { session.choices.firstIndex(of: $0) })
        case .review(let partner):
            review(&canvas, session: session, partner: partner, view: view)
        case .checkIn(let partner, let index):
            let items = session.content.checkIn.items
            canvas.footer(answerHints(words) + [help, quit])
            canvas.header(SessionWords.privateTitle(session, partner, words))
            status(
                &canvas, words(.sessionCheckInStatus, ["number": String(index + 1), "total": String(items.count)]), done: index,
                total: items.count
            )
            let choices = labels(
                session.content.checkIn.choices(for: items[index], agreement: session.content.scale),
                preferNot: session.content.scale.preferNot)
            // The question and every choice always show; on a short window the intro (the same on every item,
            // and said again by the header's "private") gives way rather than push a choice out of sight.
            let question = wrapColumns(items[index].text, width: canvas.textWidth).count
            let intro = wrapColumns(session.content.checkIn.intro, width: canvas.textWidth).count
            if intro + question + choices.count + (canvas.compact ? 0 : 2) <= canvas.roomLeft {
                canvas.paragraph(session.content.checkIn.intro, tone: .muted)
                canvas.spacer()
            }
            canvas.paragraph(items[index].text, style: .bold)
            canvas.spacer()
            canvas.choices(choices, focus: view.focus)
        case .checkInDone(let partner):
            canvas.footer(scrollHints(words))
            canvas.header(SessionWords.privateTitle(session, partner, words))
            return support(&canvas, checkIn: session.content.checkIn, scroll: view.scroll)
        case .handOff(let partner):
            canvas.footer([(enter, words(.keysStart)), quit])
            canvas.header(session.mode == .couple ? words(.sessionTurnNamed, ["name": names[partner]]) : words(.sessionWelcomeBack))
            for (index, text) in ReadyWords.lines(session, partner: partner).enumerated() {
                if index > 0 { canvas.spacer() }
                canvas.paragraph(text)
            }
            canvas.skip()
            let row = canvas.row
            canvas.paragraph(ReadyWords.prompt(session, partner: partner), style: .bold, tone: .accent)
            canvas.grid.cursor = (row, canvas.margin)
        case .perceptionOffer:
            let couple = session.mode == .couple
            canvas.footer([(enter, words(.keysGuess)), ("s", words(.keysSkip)), quit])
            canvas.header(words(.guessesHeader))
            // A pause after the support page: nothing here hurries the person who has just read it.
            canvas.paragraph(words(.guessesPause), tone: .muted)
            canvas.spacer()
            canvas.paragraph(words(couple ? .guessesOfferCouple : .guessesOfferSolo), style: .bold)
            canvas.spacer()
            canvas.paragraph(words(couple ? .guessesOfferWhyCouple : .guessesOfferWhySolo))
            canvas.skip()
            let row = canvas.row
            canvas.line(words(.guessesOfferPrompt), style: .bold, tone: .accent)
            canvas.grid.cursor = (row, canvas.margin)
        case .guess(let guesser, let index):
            let items = session.content.guessItems
            let about = session.guessed(by: guesser).map { words(.guessesAboutNamed, ["name": names[$0]]) } ?? words(.guessesAboutPartner)
            canvas.footer(answerHints(words) + [("s", words(.keysSkipGuesses)), quit])
            canvas.header(session.mode == .solo ? words(.guessesTitleYours) : words(.guessesTitleNamed, ["name": names[guesser]]))
            status(
                &canvas, words(.guessesStatus, ["number": String(index + 1), "total": String(items.count)]), done: index, total: items.count
            )
            canvas.line(about, tone: .accent)
            canvas.spacer()
            canvas.paragraph(items[index].text, style: .bold)
            canvas.spacer()
            canvas.choices(labels(session.content.scale), focus: view.focus)
        case .guessHandOff(let partner):
            canvas.footer([(enter, words(.keysStart)), ("s", words(.keysSkip)), quit])
            canvas.header(words(.guessesHandOffHeader))
            canvas.paragraph(ReadyWords.guessHandOff(session, partner: partner))
            canvas.skip()
            let row = canvas.row
            canvas.paragraph(ReadyWords.guessPrompt(session, partner: partner), style: .bold, tone: .accent)
            canvas.grid.cursor = (row, canvas.margin)
        case .together:
            canvas.footer([(enter, words(.keysContinue)), quit])
            canvas.header(words(.togetherHeader))
            canvas.paragraph(words(.togetherText, ["first": names[0], "second": names[1]]))
            canvas.skip()
            let row = canvas.row
            canvas.paragraph(words(.togetherPrompt), style: .bold, tone: .accent)
            canvas.grid.cursor = (row, canvas.margin)
        case .results:
            break
        }
        return Layout()
    }

    static func answerHints(_ words: InterfaceText) -> [(key: String, action: String)] {
        [
            ("↑↓", words(.keysMove)), ("1-5", words(.keysAnswer)), ("0", words(.keysPreferNot)),
            (words(.keyNamesEnter), words(.keysChoose)),
            ("←", words(.keysBack)),
        ]
    }

    static func labels(_ scale: Scale) -> [String] {
        labels(scale.choices, preferNot: scale.preferNot)
    }

    /// "1  Never" ... "0  Prefer not to say": each choice by its number, then "prefer not to say".
    static func labels(_ choices: [String], preferNot: String) -> [String] {
        choices.enumerated().map { "\($0.offset + 1)  \($0.element)" } + ["0  \(preferNot)"]
    }

    /// The section and count on the left, a progress bar on the right.
    static func status(_ canvas: inout Canvas, _ text: String, done: Int, total: Int) {
        let barLength = min(20, max(canvas.textWidth - text.displayWidth - 4, 0))
        let row = canvas.row
        canvas.line(text.prefix(columns: canvas.textWidth - barLength - 2), style: .bold)
        if barLength >= 5 {
            canvas.grid.put(
                canvas.bar(done: done, total: total, length: barLength), row: row,
                column: canvas.margin + canvas.textWidth - barLength, tone: .accent)
        }
    }

    /// Every answer of this partner, each statement whole (wrapped), the answer in its own column on the
    /// right of its first line, and Done at the end; the focused row stays in view.
    static func review(_ canvas: inout Canvas, session: Session, partner: Int, view: SessionView) {
        let words = canvas.words
        canvas.footer([
            ("↑↓", words(.keysMove)), (words(.keyNamesEnter), words(.keysChangeOrFinish)),
            ("← " + words(.keyNamesEsc), words(.keysBackToQuestion)), ("?", words(.keysHelp)), ("q", words(.keysQuit)),
        ])
        canvas.header(session.mode == .solo ? words(.reviewTitleYours) : words(.reviewTitleNamed, ["name": session.sheets[partner].name]))
        canvas.paragraph(words(.reviewIntro))
        canvas.spacer()
        let scale = session.content.scale
        let answerWidth =
            (scale.choices + [scale.preferNot, words(.reviewDoesNotApply), words(.reviewNotAnswered)]).map(\.displayWidth).max() ?? 0
        let textRoom = max(canvas.textWidth - 2 - answerWidth - 2, 10)
        var rows: [[String]] = session.questions.indices.map { index in
            let given = session.answer(partner: partner, index: index)
            let label = session.number(of: index).map { "\($0.number). " } ?? ""
            // A hanging indent as wide as the number, so "10." wraps as neatly as "9.".
            let indent = String(repeating: " ", count: label.displayWidth)
            let wrapped = wrapColumns(session.questions[index].item.text, width: max(textRoom - indent.count, 1))
            let lines = [label + wrapped[0]] + wrapped.dropFirst().map { indent + $0 }
            // A question with its own (longer) choices shows its answer on a line of its own.
            if let own = session.questions[index].section.choices {
                let answer =
                    given.map { answer -> String in
                        if case .level(let level) = answer { return own[level - 1] }
                        return scale.label(for: answer, notApplicable: words(.reviewDoesNotApply))
                    } ?? words(.reviewNotAnswered)
                return lines
                    + wrapColumns(answer, width: max(canvas.textWidth - 7, 10)).map { "     " + $0 }
            }
            let answer = given.map { scale.label(for: $0, notApplicable: words(.reviewDoesNotApply)) } ?? words(.reviewNotAnswered)
            return [lines[0] + String(repeating: " ", count: max(textRoom - lines[0].displayWidth, 0) + 2) + answer]
                + lines.dropFirst()
        }
        rows.append([words(.reviewDone)])
        let focus = view.focus ?? rows.count - 1
        // The first row shown: as late as needed for the focused row to fit, as early as possible.
        let room = max(canvas.roomLeft, 1)
        var first = focus
        var used = rows[focus].count
        while first > 0 && used + rows[first - 1].count <= room / 2 + rows[focus].count {
            first -= 1
            used += rows[first].count
        }
        for index in first..<rows.count {
            guard canvas.row + rows[index].count <= canvas.grid.height, canvas.roomLeft > 0 else { break }
            let focused = index == focus
            let row = canvas.row
            for (offset, line) in rows[index].enumerated() where canvas.roomLeft > 0 {
                if focused && offset == 0 {
                    canvas.grid.put(String(canvas.glyphs.pointer), row: canvas.row, column: canvas.margin, style: .bold, tone: .accent)
                }
                canvas.line(line, style: focused ? [.reverse, .bold] : [], indent: 2)
            }
            if focused { canvas.grid.cursor = (row, canvas.margin + 2) }
        }
    }

    static func scrollHints(_ words: InterfaceText) -> [(key: String, action: String)] {
        [(words(.keyNamesEnter), words(.keysContinue)), ("↑↓", words(.keysScroll)), ("q", words(.keysQuit))]
    }

    /// The support page everyone sees after the check-in; it scrolls.
    static func support(_ canvas: inout Canvas, checkIn: CheckIn, scroll: Int) -> Layout {
        let lines = SupportPage.lines(checkIn, width: canvas.textWidth, words: canvas.words)
        let room = canvas.roomLeft
        let start = min(scroll, max(lines.count - room, 0))
        for line in lines[start...].prefix(room) {
            canvas.line(line.text, style: line.style, tone: line.tone)
        }
        if start + room < lines.count {
            canvas.moreBelow()
        }
        return Layout(rows: room, lines: lines.count)
    }
}
