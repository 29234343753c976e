import SamePageCore

extension App {
    /// The current state drawn into a grid at the current size. Pure: the same state always gives the same grid.
    public func render() -> Grid { frame().grid }

    /// The current state drawn, with what it laid out (the front end sends it back as `Event.laidOut`).
    public func frame() -> Frame {
        let words = content.interface
        if isTooSmall { return Frame(grid: Overlays.tooSmall(width: width, height: height, words: words), layout: Layout()) }
        var canvas = Canvas(width: width, height: height, glyphs: glyphs, words: content.interface)
        var layout = Layout()
        switch phase {
        case .welcome(let focus, let notice): WelcomeScreen.draw(&canvas, app: self, focus: focus, notice: notice)
        case .resumeOffer(let progress):
            ResumeScreen.draw(
                &canvas, progress: progress, questions: content.questions.count,
                opening: content.openingCount(for: progress.mode))
        case .names(let form): NamesScreen.draw(&canvas, form: form)
        case .session(let session, let view): layout = SessionScreens.draw(&canvas, session: session, view: view)
        case .results(let view): layout = ResultsScreen.draw(&canvas, view: view, app: self)
        }
        // A failed write of progress stays in view until a write works again; a passing note until the next key.
        if let status {
            canvas.status(status, tone: .accent)
        } else if let progressProblem, hasProgress {
            canvas.status(words(.screenProgressProblem, ["cause": progressProblem]), tone: .caution)
        }
        var grid = canvas.grid
        switch overlay {
        case .help: Overlays.help(on: &grid, keys: HelpKeys.keys(for: self), words: words)
        case .save(let form): Overlays.save(on: &grid, form: form, couple: results?.mode == .couple, words: words)
        case .quitConfirm:
            if case .resumeOffer = phase {
                Overlays.quitResumeOffer(on: &grid, words: words)
            } else {
                Overlays.quitConfirm(
                    on: &grid, keys: quitKeys.map(\.key), canKeep: canKeepOnQuit, finished: results != nil, printed: printsResults,
                    demo: isDemo, lost: keepsProgress && hasProgress ? progressProblem : nil, words: words)
            }
        case .startOverConfirm: Overlays.startOverConfirm(on: &grid, words: words)
        case nil: break
        }
        return Frame(grid: grid, layout: layout)
    }
}

enum WelcomeScreen {
    static func choices(_ words: InterfaceText) -> [String] {
        [words(.welcomeTogether), words(.welcomeSolo), words(.welcomeDemo)]
    }

    static func draw(_ canvas: inout Canvas, app: App, focus: Int, notice: String?) {
        let content = app.content, words = canvas.words
        let canChoose = app.keeping.isPossible
        canvas.footer(
            [("↑↓", words(.keysMove)), (words(.keyNamesEnter), words(.keysChoose))] + (canChoose ? [("p", words(.keysPrivacy))] : [])
                + (app.otherLanguage != nil ? [("l", words(.keysLanguage))] : []) + [("?", words(.keysHelp)), ("q", words(.keysQuit))])
        // The language in use beside the heading, where `l` changes it.
        canvas.header(app.otherLanguage == nil ? words(.welcomeHeader) : words(.welcomeHeader) + " · " + words(.welcomeLanguageName))
        let choices = choices(words)
        // The choices always show, and the promises (privacy, what is kept and who can open it, the disclaimer)
        // always show whole; on a short window the introduction, then the time it takes, then the title give way.
        canvas.keeping(choices.count + (canvas.compact ? 0 : 2)) { canvas in
            let width = canvas.textWidth
            let minutes = words(.welcomeMinutes, count: content.texts.minutes)
            let promises = [
                content.texts.privacy, app.keeping.explanation(keeping: app.keepsProgress, words: words), content.texts.disclaimer,
            ]
            let needed = promises.reduce(canChoose ? 1 : 0) { $0 + wrapColumns($1, width: width).count } + (canvas.compact ? 0 : 1)
            let time = wrapColumns(minutes, width: width).count
            let intro = wrapColumns(content.texts.welcome, width: width).count + (canvas.compact ? 0 : 1)
            let title = wrapColumns(content.texts.title, width: width).count + (canvas.compact ? 0 : 1)
            let room = canvas.roomLeft
            let showsTitle = needed + title <= room
            let showsTime = needed + (showsTitle ? title : 0) + time <= room
            if showsTitle {
                canvas.paragraph(content.texts.title, style: .bold)
                canvas.spacer()
            }
            if showsTime && needed + (showsTitle ? title : 0) + time + intro <= room { canvas.paragraph(content.texts.welcome) }
            if showsTime { canvas.paragraph(minutes) }
            canvas.spacer()
            canvas.paragraph(promises[0], tone: .accent)
            if canChoose { canvas.line(app.keeping.choiceLine(keeping: app.keepsProgress, key: "p", words: words), style: .bold) }
            canvas.paragraph(promises[1])
            canvas.paragraph(promises[2], tone: .muted)
        }
        // The question over the choices, on a short window too wherever a row is left for it.
        if !canvas.compact { canvas.skip() }
        if !canvas.compact || canvas.roomLeft > choices.count { canvas.line(words(.welcomeQuestion), style: .bold) }
        canvas.choices(choices.enumerated().map { "\($0.offset + 1)  \($0.element)" }, focus: focus)
        if let notice { canvas.paragraph(notice, tone: .caution) }
    }
}

enum ResumeScreen {
    static func draw(_ canvas: inout Canvas, progress: SessionProgress, questions: Int, opening: Int) {
        let words = canvas.words
        canvas.footer([(words(.keyNamesEnter), words(.keysResume)), ("d", words(.keysDiscard)), ("q", words(.keysQuit))])
        canvas.header(words(.resumeHeader))
        canvas.paragraph(words(.resumeFound), style: .bold)
        canvas.spacer()
        canvas.paragraph(ResumeWords.summary(progress, questions: questions, opening: opening, words: words) + ".", indent: 2)
        canvas.spacer()
        canvas.paragraph(words(.resumeExplain))
        canvas.skip()
        let row = canvas.row
        canvas.line(words(.resumePrompt), style: .bold, tone: .accent)
        canvas.grid.cursor = (row, canvas.margin)
    }
}

enum NamesScreen {
    static func draw(_ canvas: inout Canvas, form: NamesForm) {
        let words = canvas.words
        canvas.footer(
            (form.fields.count > 1 ? [(words(.keyNamesTab), words(.keysNextField))] : [])
                + [(words(.keyNamesEnter), words(.keysContinue)), (words(.keyNamesEsc), words(.keysQuit))])
        canvas.header(words(.namesHeader))
        canvas.paragraph(words(.namesIntro))
        canvas.spacer()
        let labels = form.mode == .couple ? [words(.namesFirst), words(.namesSecond)] : [words(.namesYours)]
        for (index, label) in labels.enumerated() {
            let focused = index == form.focus
            canvas.line("\(label) [\(form.fallback(index))]", style: focused ? .bold : [])
            let field = form.fields[index]
            var shown = field.isEmpty ? "" : Names.clean(field, default: "")
            // A long name scrolls: the end being typed stays in view, with the cursor just after it.
            let room = canvas.textWidth - 3
            while !shown.isEmpty && shown.displayWidth > room { shown.removeFirst() }
            let row = canvas.row
            canvas.line((focused ? String(canvas.glyphs.pointer) : " ") + " " + shown, style: focused ? .underline : [])
            if focused { canvas.grid.cursor = (row, canvas.margin + 2 + shown.displayWidth) }
            canvas.spacer()
        }
    }
}
