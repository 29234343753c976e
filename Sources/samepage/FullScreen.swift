import Foundation
import SamePageCore
import SamePageFiles
import SamePageTerminal

/// How a session ended, in either front end, for the command line to act on.
enum SessionEnd {
    case finished(Results, sheets: [AnswerSheet])
    case quit
    case quitDiscarding
    case quickExit
    case signal(Int32)
    /// Left the demo: nothing was answered, so nothing is printed and it is not a failure.
    case leftDemo
}

/// Runs the app on the terminal until it ends; the terminal is closed (restored) before this returns.
/// Progress is written after every change, so a signal or a closed window loses nothing already answered.
func runFullScreen(
    _ terminal: Terminal, content: Content, mode: SessionMode?, resume: SessionProgress?, demo: Bool = false,
    keeper: inout ProgressKeeper
) -> SessionEnd {
    defer { terminal.close() }
    let size = terminal.size
    var app = App(content: content, mode: mode, resume: resume, keepsProgress: keeper.store != nil, demo: demo,
                  width: size.width, height: size.height, glyphs: terminal.glyphs)
    app.today = today()
    terminal.draw(app.render())
    while true {
        switch terminal.next() {
        case .signal(let signal):
            return .signal(signal)
        case .event(let event):
            let outcome = app.handle(event)
            keeper.apply(app.progressChange)
            switch outcome {
            case .quickExit?:
                terminal.wipe()
                return .quickExit
            case .quit?:
                if app.isDemo { return .leftDemo }
                if let results = app.results, let sheets = app.finishedSheets { return .finished(results, sheets: sheets) }
                return .quit
            case .quitDiscarding?:
                return .quitDiscarding
            case .save(let request)?:
                let (sentence, saved) = write(request, app: app, content: content)
                app.saveFinished(sentence, saved: saved)
                terminal.draw(app.render())
            case nil:
                terminal.draw(app.render())
            }
        }
    }
}

/// Writes what the results screen asked to save: private (0600), atomic, and never over an existing file.
/// Returns the sentence to show and whether everything was saved.
private func write(_ request: SaveRequest, app: App, content: Content) -> (String, Bool) {
    guard let results = app.results, let sheets = app.finishedSheets else { return ("There is nothing to save yet.", false) }
    var files: [(String, String)] = []
    switch request.kind {
    case .report:
        files = [(request.path, ReportMarkdown(results: results, content: content, date: app.today).render())]
    case .answers:
        let paths = sheets.map { SaveForm.path(request.path, name: $0.name) }
        guard Set(paths).count == paths.count else {
            return ("Both files would have the same name; put {name} in it.", false)
        }
        files = zip(paths, sheets).map { ($0, AnswerFile.encode($1, identity: content.identity)) }
    }
    // Check every target first, so a pair of answer files is saved whole or not at all.
    for (path, _) in files where FileManager.default.fileExists(atPath: path)
        || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
        return (FileProblem.exists(path).description, false)
    }
    var saved: [String] = []
    for (path, text) in files {
        do {
            try SafeFile.write(text, to: path, replace: .never)
            saved.append(path)
        } catch {
            return (error.description, false)
        }
    }
    return ("Saved in " + saved.joined(separator: " and ") + " (readable by you alone).", true)
}
