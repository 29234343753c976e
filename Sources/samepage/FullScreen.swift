import Foundation
import SamePageCore
import SamePageTerminal

/// How a full-screen session ended, for the command line to act on.
enum FullScreenEnd {
    case finished(Results, sheets: [AnswerSheet])
    case quit
    case quickExit
    case signal(Int32)
}

/// Runs the app on the terminal until it ends; the terminal is closed (restored) before this returns.
func runFullScreen(_ terminal: Terminal, content: Content, mode: SessionMode?) -> FullScreenEnd {
    defer { terminal.close() }
    let size = terminal.size
    var app = App(content: content, mode: mode, width: size.width, height: size.height, glyphs: terminal.glyphs)
    terminal.draw(app.render())
    while true {
        switch terminal.next() {
        case .signal(let signal):
            return .signal(signal)
        case .event(let event):
            switch app.handle(event) {
            case .quickExit?:
                terminal.wipe()
                return .quickExit
            case .quit?:
                if let results = app.results, let sheets = app.finishedSheets { return .finished(results, sheets: sheets) }
                return .quit
            case nil:
                terminal.draw(app.render())
            }
        }
    }
}
