import SamePageCore

/// The words of the ready screen that opens each partner's turn in a couple session and every resumed
/// turn: the other person steps away, and this one confirms they are alone. Shared by both front ends;
/// the sentences are the content's (interface.yaml).
public enum ReadyWords {
    /// The paragraphs above the prompt.
    public static func lines(_ session: Session, partner: Int) -> [String] {
        let words = session.content.interface
        let name = session.sheets[partner].name
        guard session.mode == .couple else {
            return [name == words(.namesFallbackSolo) ? words(.readyBackSoloUnnamed) : words(.readyBackSolo, ["name": name])]
        }
        let other = session.sheets[1 - partner].name
        // Each paragraph names the one it speaks to: the hand-off thanks the first, the rest is for the second.
        var lines: [String] = []
        let handingOff = session.resumeStage == nil && partner > 0
        if session.resumeStage != nil {
            lines.append(words(.readyBackCouple, ["name": name]))
        } else if handingOff {
            lines.append(words(.readyHandOff, ["name": name, "other": other]))
        }
        lines.append(words(.readyStepAway, ["name": name, "other": other]))
        if handingOff { lines.append(words(.readyHandOffNext, ["name": name])) }
        return lines
    }

    /// The line to act on, where the cursor rests.
    public static func prompt(_ session: Session, partner: Int) -> String {
        let words = session.content.interface
        return session.mode == .couple ? words(.readyPromptCouple, ["name": session.sheets[partner].name]) : words(.readyPromptSolo)
    }

    /// The paragraph of the hand-off to a partner's guesses.
    public static func guessHandOff(_ session: Session, partner: Int) -> String {
        let name = session.sheets[partner].name
        guard session.resumedAtGuesses else { return session.content.interface(.guessesHandOff, ["name": name]) }
        return session.content.interface(.guessesHandOffBack, ["name": name, "other": session.sheets[1 - partner].name])
    }

    /// The line that starts a partner's guesses.
    public static func guessPrompt(_ session: Session, partner: Int) -> String {
        session.content.interface(.guessesPrompt, ["name": session.sheets[partner].name])
    }
}
