@testable import SamePageCore
@testable import SamePageViews
import TestSupport

/// Presses keys on an `App` and reads its screen, as a person at the keyboard would, and as the terminal
/// loop does: after each key the frame is drawn and what it laid out is sent back.
struct AppDriver {
    var app: App

    init(mode: SessionMode? = nil, width: Int = 80, height: Int = 24, content: Content = Fixture.content) {
        app = App(content: content, mode: mode, width: width, height: height)
        send(.laidOut(app.frame().layout))
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> App.Effect? {
        var effect: App.Effect?
        for key in keys { effect = send(.key(key)) ?? effect }
        return effect
    }

    /// One event, then the frame it leads to laid out (`App.send`, as the terminal loop does).
    @discardableResult
    mutating func send(_ event: Event) -> App.Effect? { app.send(event) }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// Answers every question of the current turn with `code`.
    mutating func answerAll(_ code: Character) {
        for _ in Fixture.content.questions { press(.character(code)) }
    }

    var screen: [String] { app.render().lines }
    var text: String { screen.joined(separator: "\n") }

    /// From the welcome screen to the first question, with these names (empty keeps the defaults),
    /// through the first partner's ready screen.
    mutating func startCouple(_ first: String = "", _ second: String = "") {
        press(.character("1"))
        type(first)
        press(.tab)
        type(second)
        press(.enter)
        press(.enter)
    }

    /// From the welcome screen (the mode given on the command line is already focused) to the first question.
    mutating func startSolo(_ name: String = "") {
        press(.enter)
        type(name)
        press(.enter)
    }

    /// A whole couple session from the welcome screen to the results: Alex answers `first` throughout,
    /// Sam `second`, the guesses are skipped, and both say they are there on the together screen.
    mutating func finishCouple(_ first: Character = "5", _ second: Character = "2") {
        startCouple("Alex", "Sam")
        takeTurn(first)
        press(.enter)
        takeTurn(second)
        press(.character("s"))
        press(.enter)
    }

    /// One partner's whole turn: answers, the review, a calm check-in, and its closing screen.
    mutating func takeTurn(_ code: Character, checkIn: [Character] = ["3", "3"]) {
        answerAll(code)
        press(.enter)
        for answer in checkIn { press(.character(answer)) }
        press(.enter)
    }
}
