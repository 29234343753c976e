import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import TestSupport
import Testing

/// Every screen of the full-screen front end, walked in the pseudo-language (`PseudoLanguage`): a word on a
/// screen that is outside the marks came from the code, not the content, and a French reader would see it
/// in English.
@Suite("No word outside the content on any screen (pseudo-language)")
struct PseudoScreensTests {
    static let names = ["Zoé", "Léo"]
    static let steps = 500
    static let keptAt = "~/.local/state/samepage/progress.json"
    /// The name of the program, and the partners' letters where a chart marks them.
    static let data = ["samepage", "A", "B"]
    /// Keys as printed on a keyboard in either language: the letters the screens bind, and Ctrl-X.
    static let keyCaps = ["q", "w", "s", "r", "p", "a", "m", "b", "Ctrl", "X"]

    /// Keys as a person presses them: answers most, then moving, opening and closing.
    static let keys: [(Key, Int)] = [
        (.character("1"), 6), (.character("2"), 6), (.character("3"), 8), (.character("4"), 6), (.character("5"), 6),
        (.character("0"), 3), (.enter, 10), (.tab, 3), (.backTab, 1), (.up, 2), (.down, 3), (.left, 2), (.right, 3),
        (.pageDown, 2), (.pageUp, 1), (.home, 1), (.end, 1), (.escape, 1), (.backspace, 1), (.character("?"), 2),
        (.character("q"), 1), (.character("n"), 3), (.character("o"), 1), (.character("g"), 1), (.character("e"), 1),
        (.character("s"), 2), (.character("r"), 1), (.character("p"), 1), (.character("a"), 1), (.character("w"), 2),
        (.character("m"), 1), (.character(" "), 2), (.character("b"), 1), (.character("6"), 1),
    ]

    @Test(
        "random walks through every mode and size show only the content's words, names and numbers",
        arguments: [(80, 24), (60, 18)])
    func walks(width: Int, height: Int) throws {
        let content = try Self.content()
        var seen: Set<String> = []
        var strays: [String: String] = [:]
        // Four walks: a couple and a person alone from their first screen, the welcome screen with progress
        // kept, and the demo.
        for walk in 0..<4 {
            var random = SeededGenerator(state: UInt64(20_261_203 + walk))
            let fresh = App(
                content: content, mode: [.couple, .solo, nil, nil][walk],
                keeping: walk == 2 ? .possible(path: Self.keptAt) : .impossible(.privateMode), demo: walk == 3, width: width,
                height: height, date: "2026-12-03")
            var app = fresh
            Self.press(&app, .laidOut(app.frame().layout), &seen, &strays)
            for step in 0..<Self.steps {
                // The names screen gets names, so that the screens after it say them; the save box's name
                // of a file is left as it is offered. Typing there is a person's own data.
                if case .names(let form) = app.phase {
                    for (index, name) in Self.names.prefix(form.fields.count).enumerated() {
                        if index > 0 { app.send(.key(.tab)) }
                        for character in name { app.send(.key(.character(character))) }
                    }
                    Self.press(&app, .key(.enter), &seen, &strays)
                    continue
                }
                if case .save = app.overlay {
                    Self.press(&app, .key(step % 3 == 0 ? .enter : .escape), &seen, &strays)
                    continue
                }
                if step % 97 == 96 {
                    let small = step % 3 == 0
                    Self.press(&app, .resize(width: small ? 50 : width + step % 20, height: small ? 12 : height + step % 6), &seen, &strays)
                    app.send(.resize(width: width, height: height))
                }
                let purposeful = Int.random(in: 0..<4, using: &random) > 0
                let effect = Self.press(&app, .key(purposeful ? Self.onward(app, &random) : Self.key(&random)), &seen, &strays)
                // Leaving starts the walk again from its first screen.
                if let effect, [.quit, .quitDiscarding, .quickExit].contains(effect) { app = fresh }
            }
        }
        for (stray, screen) in strays.sorted(by: { $0.key < $1.key }) {
            Issue.record("'\(stray)' in \(screen.prefix { $0 != "\n" }) at \(width)×\(height):\n\(screen.drop { $0 != "\n" })")
        }
        let needed = [
            "welcome", "names", "question", "review", "checkIn", "checkInDone", "handOff", "perceptionOffer", "guess",
            "together", "results.summary", "results.readiness", "results.pattern", "results.worries", "results.nextSteps",
            "results.support", "overlay.help", "overlay.quitConfirm", "overlay.save", "overlay.startOverConfirm", "too small",
        ]
        for place in needed { #expect(seen.contains(place), "the walks reached \(place)") }
    }

    static func content() throws -> Content {
        try ContentLoader.load(from: PseudoLanguage.root.get() + "/fr")
    }

    /// A key that moves the session on from where it is, as someone finishing it would press: an answer on
    /// a question, Enter on a screen that waits, the guesses taken, the next section of the results.
    static func onward(_ app: App, _ random: inout SeededGenerator) -> Key {
        if app.overlay != nil { return .escape }
        switch app.phase {
        case .welcome, .resumeOffer, .names: return .enter
        case .results: return [.tab, .pageDown, .enter, .character("w"), .character("m")].randomElement(using: &random)!
        case .session(let session, _):
            switch session.stage {
            case .question, .checkIn, .guess: return .character(Character(String(Int.random(in: 0...5, using: &random))))
            default: return .enter
            }
        }
    }

    static func key(_ random: inout SeededGenerator) -> Key {
        var pick = Int.random(in: 0..<keys.reduce(0) { $0 + $1.1 }, using: &random)
        for (key, weight) in keys {
            if pick < weight { return key }
            pick -= weight
        }
        return .enter
    }

    /// Sends the event and lays out the frame it leads to, as `App.send` does, and checks that frame: notes
    /// where it is, and keeps each stray word with the first screen that shows it.
    @discardableResult
    static func press(_ app: inout App, _ event: Event, _ seen: inout Set<String>, _ strays: inout [String: String]) -> App.Effect? {
        let effect = app.handle(event), frame = app.frame()
        _ = app.handle(.laidOut(frame.layout))
        let screen = frame.grid.lines.joined(separator: "\n")
        seen.insert(place(of: app))
        let samples = app.content.samples.flatMap { $0.sheets.map(\.name) }
        // A name partly hidden under a box is still a name.
        let shown = (names + samples).flatMap { name in (1...name.count).map { String(name.prefix($0)) } }
        let allowed = Set(shown + Self.data + Self.keyCaps + ["o", "n", "g", "e"])
        for stray in PseudoLanguage.strays(in: screen, allowing: allowed) where strays[stray.word] == nil {
            strays[stray.word] = "\(stray.context)\n\(screen)"
        }
        return effect
    }

    static func place(of app: App) -> String {
        if app.isTooSmall { return "too small" }
        if let overlay = app.overlay {
            return switch overlay {
            case .help: "overlay.help"
            case .quitConfirm: "overlay.quitConfirm"
            case .startOverConfirm: "overlay.startOverConfirm"
            case .save: "overlay.save"
            }
        }
        switch app.phase {
        case .welcome: return "welcome"
        case .resumeOffer: return "resumeOffer"
        case .names: return "names"
        case .results(let view): return "results.\(view.section)"
        case .session(let session, _):
            let stage = "\(session.stage)"
            return String(stage.prefix { $0 != "(" })
        }
    }
}
