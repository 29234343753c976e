import SamePageCore

/// The words of the ready screen that opens each partner's turn in a couple session and every resumed
/// turn: the other person steps away, and this one confirms they are alone. Shared by both front ends.
public enum ReadyWords {
    /// The paragraphs above the prompt.
    public static func lines(_ session: Session, partner: Int) -> [String] {
        let name = session.sheets[partner].name
        guard session.mode == .couple else {
            return ["Welcome back. This is \(name == NamesForm.soloFallback ? "an" : name + "'s") unfinished session; "
                + "its answers are shown once you go on."]
        }
        let other = session.sheets[1 - partner].name
        var lines: [String] = []
        if session.resumeStep != nil {
            lines.append("Welcome back. This is where \(name)'s turn was left.")
        } else if partner > 0 {
            lines.append(session.content.texts.handOff)
        }
        lines.append("\(other), please step away while \(name) answers. Each of you answers in private; "
            + "you see the results together at the end.")
        return lines
    }

    /// The line to act on, where the cursor rests.
    public static func prompt(_ session: Session, partner: Int) -> String {
        let name = session.sheets[partner].name
        return session.mode == .couple
            ? "\(name), press Enter when you are alone."
            : "Press Enter when you are ready to go on."
    }

    /// The paragraph of the hand-off to a partner's guesses.
    public static func guessHandOff(_ session: Session, partner: Int) -> String {
        let name = session.sheets[partner].name
        guard session.resumedAtGuesses else { return "Thank you. Please pass the keyboard to \(name) for their guesses." }
        return "Welcome back. This is where the guesses were left. \(session.sheets[1 - partner].name), please step away while \(name) guesses."
    }
}
