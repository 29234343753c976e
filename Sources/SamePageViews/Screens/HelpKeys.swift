import SamePageCore

/// What `?` lists: the keys of the screen it was pressed on, in the order a person needs them.
enum HelpKeys {
    static func keys(for app: App) -> [(key: String, action: String)] {
        switch app.phase {
        case .welcome:
            return [("↑ ↓", "move between the choices"), ("1 2 3", "together, on my own, or the demo"), ("Enter", "choose")]
                + (app.keeping.isPossible ? [("p", "keep my place if interrupted, or keep nothing")] : []) + [("q Esc", "quit")]
        case .resumeOffer:
            return [("Enter r", "resume the unfinished session"), ("d", "discard it and start again"), ("q Esc", "quit")]
        case .names(let form):
            return (form.fields.count > 1 ? [("Tab ↑ ↓", "the other name")] : []) + [("Enter", "go on"), ("Esc", "quit")]
        case .session(let session, _):
            return sessionKeys(session)
        case .results(let view):
            var keys: [(key: String, action: String)] = [("1 to 6", "summary, readiness, worries, guesses, next steps, support"),
                                                           ("↑ ↓ PgUp PgDn", "scroll"), ("Tab", "the next section, or the next card")]
            keys += [("Enter", "open or close the card (next steps)"), ("w", "why this card?"), ("a", "why, for every card"),
                     ("m", "more ideas")]
            keys += view.sample == nil
                ? [("s", "save the report or the answers"), ("n", "start over (asks first)")]
                : [("← →", "the other sample couples")]
            return keys + [("q Esc", "leave (asks first)")]
        }
    }

    private static func sessionKeys(_ session: Session) -> [(key: String, action: String)] {
        switch session.step {
        case .question(_, let index):
            var keys: [(key: String, action: String)] = [("↑ ↓", "move between the choices"), ("1 to 5", "answer and go on"),
                                                           ("0", "prefer not to say")]
            if session.questions[index].section.notApplicable != nil { keys.append(("6", "does not apply")) }
            return keys + [("Enter", "choose the focused answer"), ("← b", "back one question"), ("→", "forward again"),
                           ("r", "review your answers"), ("q Esc", "quit (asks first)")]
        case .checkIn, .guess:
            return [("↑ ↓", "move between the choices"), ("1 to 5", "answer and go on"), ("0", "prefer not to say"),
                    ("Enter", "choose the focused answer"), ("← b", "back one question"), ("q Esc", "quit (asks first)")]
        case .review:
            return [("↑ ↓ PgUp PgDn", "move"), ("Enter", "change that answer, or finish"), ("← Esc", "back to the question"),
                    ("q", "quit (asks first)")]
        case .checkInDone, .handOff, .perceptionOffer, .guessHandOff, .results:
            return [("Enter", "go on"), ("↑ ↓", "scroll"), ("s", "skip the guesses (where offered)"), ("q Esc", "quit (asks first)")]
        }
    }
}
