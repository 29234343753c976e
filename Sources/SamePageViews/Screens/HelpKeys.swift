import SamePageCore

/// What `?` lists: the keys of the screen it was pressed on, in the order a person needs them.
enum HelpKeys {
    static func keys(for app: App) -> [(key: String, action: String)] {
        let words = app.content.interface
        let enter = words(.keyNamesEnter), esc = words(.keyNamesEsc), tab = words(.keyNamesTab)
        switch app.phase {
        case .welcome:
            return [("↑ ↓", words(.helpMoveChoices)), ("1 2 3", words(.helpWelcomeNumbers)), (enter, words(.helpChoose))]
                + (app.keeping.isPossible ? [("p", words(.helpPrivacy))] : [])
                + (app.otherLanguage != nil ? [("l", words(.helpLanguage))] : [])
                + [("q " + esc, words(.helpQuit))]
        case .resumeOffer:
            return [
                (enter + " r", words(.helpResume)), (String(words.letter(.lettersDiscard)), words(.helpDiscard)),
                ("q " + esc, words(.helpQuit)),
            ]
        case .names(let form):
            return (form.fields.count > 1 ? [(tab + " ↑ ↓", words(.helpOtherName))] : []) + [
                (enter, words(.helpGoOn)), (esc, words(.helpQuit)),
            ]
        case .session(let session, _):
            return sessionKeys(session, words)
        case .results(let view):
            var keys: [(key: String, action: String)] = [
                (words(.keyNamesOneTo, ["first": "1", "last": "6"]), words(.helpResultsSections)),
                (scrolling(words), words(.helpScroll)), (tab, words(.helpNextSection)),
            ]
            keys += [(enter, words(.helpOpenCard)), ("w", words(.helpWhyCard)), ("a", words(.helpWhyAll)), ("m", words(.helpMoreIdeas))]
            keys +=
                view.sample == nil
                ? [("s", words(.helpSave)), ("n", words(.helpStartOver))]
                : [("← →", words(.helpOtherSamples))]
            return keys + [("q " + esc, words(.helpLeave))]
        }
    }

    /// The keys that move through a long text, as the keyboard in this language names them.
    private static func scrolling(_ words: InterfaceText) -> String {
        "↑ ↓ " + words(.keyNamesPageUp) + " " + words(.keyNamesPageDown)
    }

    private static func sessionKeys(_ session: Session, _ words: InterfaceText) -> [(key: String, action: String)] {
        let enter = words(.keyNamesEnter), esc = words(.keyNamesEsc), quit = ("q " + esc, words(.helpQuitAsks))
        let answering: [(key: String, action: String)] = [
            ("↑ ↓", words(.helpMoveChoices)), (words(.keyNamesOneTo, ["first": "1", "last": "5"]), words(.helpAnswerGoOn)),
            ("0", words(.helpPreferNot)),
        ]
        switch session.stage {
        case .question:
            return answering + [
                (enter, words(.helpChooseFocused)), ("← b", words(.helpBackOne)), ("→", words(.helpForward)),
                ("r", words(.helpReview)), quit,
            ]
        case .checkIn, .guess:
            return answering + [(enter, words(.helpChooseFocused)), ("← b", words(.helpBackOne)), quit]
        case .review:
            return [
                (scrolling(words), words(.helpMove)), (enter, words(.helpChangeOrFinish)), ("← " + esc, words(.helpBackToQuestion)),
                ("q", words(.helpQuitAsks)),
            ]
        case .together:
            return [(enter, words(.helpGoOn)), quit]
        case .checkInDone, .handOff, .perceptionOffer, .guessHandOff, .results:
            return [(enter, words(.helpGoOn)), ("↑ ↓", words(.helpScroll)), ("s", words(.helpSkipGuesses)), quit]
        }
    }
}
