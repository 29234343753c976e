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
                let (sentence, saved) = app.results.flatMap { results in
                    app.finishedSheets.map { write(request, results: results, sheets: $0, content: content, date: app.today) }
                } ?? ("There is nothing to save yet.", false)
                app.saveFinished(sentence, saved: saved)
                terminal.draw(app.render())
            case nil:
                terminal.draw(app.render())
            }
        }
    }
}
