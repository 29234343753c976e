import SamePageCore

extension App {
    /// Draws the current state at the current size. Pure: the same state always gives the same grid.
    public func render() -> Grid {
        if isTooSmall { return Overlays.tooSmall(width: width, height: height) }
        var canvas = Canvas(width: width, height: height, glyphs: glyphs)
        switch phase {
        case .welcome(let focus, let notice): WelcomeScreen.draw(&canvas, app: self, focus: focus, notice: notice)
        case .resumeOffer(let progress): ResumeScreen.draw(&canvas, progress: progress, questions: content.questions.count)
        case .names(let form): NamesScreen.draw(&canvas, form: form)
        case .session(let session, let view): SessionScreens.draw(&canvas, session: session, view: view)
        case .results(let view): ResultsScreen.draw(&canvas, view: view, app: self)
        }
        // A failed write of progress stays in view until a write works again; a passing note until the next key.
        if let status {
            canvas.status(status, tone: .accent)
        } else if let progressProblem, hasProgress {
            canvas.status("Your place is not being kept: \(progressProblem).", tone: .caution)
        }
        var grid = canvas.grid
        switch overlay {
        case .help: Overlays.help(on: &grid, keys: HelpKeys.keys(for: self))
        case .save(let form): Overlays.save(on: &grid, form: form, couple: results?.mode == .couple)
        case .quitConfirm:
            if case .resumeOffer = phase {
                Overlays.box(on: &grid, title: "Quit now?", lines: [
                    "The unfinished session stays on this", "computer, as it is.", "", "y  quit        any other key  stay",
                ])
            } else {
                Overlays.quitConfirm(on: &grid, canKeep: canKeepOnQuit, finished: results != nil, demo: isDemo,
                                     lost: keepsProgress && hasProgress ? progressProblem : nil)
            }
        case .startOverConfirm: Overlays.startOverConfirm(on: &grid)
        case nil: break
        }
        return grid
    }
}

enum WelcomeScreen {
    static let choices = ["Together, as a couple", "On my own", "Demo with sample couples"]

    static func draw(_ canvas: inout Canvas, app: App, focus: Int, notice: String?) {
        let content = app.content
        let canChoose = app.keeping.isPossible
        canvas.footer([("↑↓", "move"), ("Enter", "choose")] + (canChoose ? [("p", "privacy")] : [])
            + [("?", "help"), ("q", "quit")])
        canvas.header("Welcome")
        // The choices always show; on a short window the title and the introduction give way first.
        canvas.keeping(choices.count + (canvas.compact ? 0 : 2)) { canvas in
            if !canvas.compact {
                canvas.paragraph(content.texts.title, style: .bold)
                canvas.spacer()
                canvas.paragraph(content.texts.welcome)
            }
            canvas.paragraph("It takes about \(content.texts.minutes) minutes for each person.")
            canvas.spacer()
            canvas.paragraph(content.texts.privacy, tone: .accent)
            if canChoose { canvas.line(app.keeping.choiceLine(keeping: app.keepsProgress, key: "p"), style: .bold) }
            canvas.paragraph(app.keeping.explanation(keeping: app.keepsProgress))
            canvas.paragraph(content.texts.disclaimer, tone: .muted)
        }
        if !canvas.compact {
            canvas.skip()
            canvas.line("How are you taking it?", style: .bold)
        }
        canvas.choices(choices.enumerated().map { "\($0.offset + 1)  \($0.element)" }, focus: focus)
        if let notice { canvas.paragraph(notice, tone: .caution) }
    }
}

enum ResumeScreen {
    static func draw(_ canvas: inout Canvas, progress: SessionProgress, questions: Int) {
        canvas.footer([("Enter", "resume"), ("d", "discard and start again"), ("q", "quit")])
        canvas.header("Welcome back")
        canvas.paragraph("There is an unfinished session on this computer:", style: .bold)
        canvas.spacer()
        canvas.paragraph(progress.summary(questionCount: questions) + ".", indent: 2)
        canvas.spacer()
        canvas.paragraph("Resume it to pick up where you left off, or discard it to start again. Discarding deletes those answers.")
        canvas.skip()
        let row = canvas.row
        canvas.line("Press Enter to resume, or d to discard.", style: .bold, tone: .accent)
        canvas.grid.cursor = (row, canvas.margin)
    }
}

enum NamesScreen {
    static func draw(_ canvas: inout Canvas, form: NamesForm) {
        canvas.footer((form.fields.count > 1 ? [("Tab", "next field")] : []) + [("Enter", "continue"), ("Esc", "quit")])
        canvas.header("Names")
        canvas.paragraph("Names are optional. Leave a field empty to use the name shown in brackets.")
        canvas.spacer()
        let labels = form.mode == .couple ? ["First person", "Second person"] : ["Your name"]
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
