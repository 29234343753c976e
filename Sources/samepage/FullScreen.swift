import SamePageCore
import SamePageViews
import SamePageFiles
import SamePageTerminal

/// How a session ended, in either front end, for the command line to act on.
enum SessionEnd {
    /// The results were reached and left, or a signal came while they were shown: `signal` is then set,
    /// and the session still finishes as leaving would. `savedTo` is where `--save` was already written.
    case finished(Results, sheets: [AnswerSheet], signal: Int32? = nil, savedTo: String? = nil)
    case quit
    case quitDiscarding
    case quickExit
    case signal(Int32)
    /// Left the demo: nothing was answered, so nothing is printed and it is not a failure.
    case leftDemo
}

/// Runs the app on the terminal until it ends; the terminal is closed (restored) before this returns.
/// Progress is written after every change, so a signal or a closed window loses nothing already answered,
/// and deleted as the results are reached. `--save` is written then too; if it cannot be, the save box asks
/// for another name, and asks again as the results are left.
func runFullScreen(
    _ terminal: Terminal, content: Content, mode: SessionMode?, resume: SessionProgress?, keeping: Keeping,
    demo: Bool = false, save: String? = nil, printsResults: Bool = false, languages: Languages? = nil,
    keeper: inout ProgressKeeper
) -> SessionEnd {
    defer { terminal.close() }
    let size = terminal.size
    var content = content, languages = languages
    var app = App(
        content: content, mode: mode, resume: resume, keeping: keeping, demo: demo,
        width: size.width, height: size.height, glyphs: terminal.glyphs, printsResults: printsResults,
        date: today(), otherLanguage: languages?.next)
    /// Draws the state and sends back what the frame laid out, for the keys that scroll.
    func show() {
        let frame = app.frame()
        terminal.draw(frame.grid)
        _ = app.handle(.laidOut(frame.layout))
    }
    // `--save` until it is written, then where it was written (the person may choose another name).
    var unsaved = save
    var savedTo: String?
    var leaving = false
    /// Writes `--save`, if it is still to be written; on failure the save box asks for another name.
    func saveRequested() -> Bool {
        guard let path = unsaved, let sheets = app.finishedSheets else { return true }
        do throws(FileProblem) {
            try AnswerFile.save(sheets[0].forSaving(content), identity: content.identity, to: path)
            unsaved = nil
            savedTo = path
            return true
        } catch {
            // The file appeared meanwhile, or the folder went away: ask for another name.
            let note = error == .exists(path) ? content.interface(.endingAppeared, ["path": path]) : error.sentence(content.interface)
            _ = app.handle(.anotherNameNeeded(path: path, note: note))
            return false
        }
    }
    show()
    while true {
        switch terminal.next() {
        case .signal(let signal):
            guard let results = app.results, let sheets = app.finishedSheets else { return .signal(signal) }
            // A closed window or SIGTERM on the results ends the session as leaving would.
            Signals.holdUntilExit()
            return .finished(results, sheets: sheets, signal: signal, savedTo: savedTo)
        case .event(let event):
            let hadResults = app.results != nil
            let effect = app.handle(event)
            // As the results are reached, --save is written; what was kept goes then (progressChange), or as
            // soon as --save is written under another name, so answers are never only in memory.
            if !hadResults && app.results != nil { _ = saveRequested() }
            // Starting over from the results: the next session's answers are the ones --save asks for.
            if hadResults && app.results == nil && save != nil {
                unsaved = save
                savedTo = nil
            }
            keeper.apply(app.results != nil && unsaved != nil ? nil : app.progressChange)
            let problem = keeper.problem?.cause(content.interface)
            if problem != app.progressProblem { _ = app.handle(.progressKept(problem: problem)) }
            if app.overlay == nil { leaving = false }
            switch effect {
            case .switchLanguage(let folder)?:
                guard let root = languages?.sets.first, let other = ContentOptions.loadQuietly(folder, root: root) else { break }
                content = other
                languages?.current = folder
                _ = app.handle(.languageLoaded(other, next: languages?.next))
                show()
            case .quickExit?:
                terminal.wipe()
                return .quickExit
            case .quit?:
                if app.isDemo { return .leftDemo }
                guard let results = app.results, let sheets = app.finishedSheets else { return .quit }
                if !saveRequested() {
                    leaving = true
                    show()
                    continue
                }
                Signals.holdUntilExit()
                return .finished(results, sheets: sheets, savedTo: savedTo)
            case .quitDiscarding?:
                return .quitDiscarding
            case .save(let request)?:
                let (sentence, saved) =
                    app.results.flatMap { results in
                        app.finishedSheets.map { write(request, results: results, sheets: $0, content: content, date: app.date) }
                    } ?? (content.interface(.savingNothingYet), false)
                if saved && request.kind == .answers && unsaved != nil {
                    // The answers that --save asked for are now saved under the name the person chose.
                    unsaved = nil
                    savedTo = request.path
                    if leaving, let results = app.results, let sheets = app.finishedSheets {
                        Signals.holdUntilExit()
                        return .finished(results, sheets: sheets, savedTo: savedTo)
                    }
                }
                _ = app.handle(.saveFinished(sentence, saved: saved))
                show()
            case nil:
                // Keys typed ahead are handled first; only the screen they lead to is drawn.
                if !terminal.hasPendingInput { show() }
            }
        }
    }
}

/// Where the content's languages are, so the welcome screen can switch between them.
struct Languages {
    /// The folders of the content's sets, listed once (`ContentSets.folders`).
    let sets: [String]
    var current: String

    /// The set `l` switches to, round again to the first; nil when there is only one.
    var next: String? {
        guard sets.count > 1 else { return nil }
        return sets[((sets.firstIndex(of: current) ?? 0) + 1) % sets.count]
    }
}
