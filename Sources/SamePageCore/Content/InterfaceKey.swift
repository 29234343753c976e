/// Every sentence of the program's own that is read from `interface.yaml`, by its key there
/// ("section.name"), with the words the program fills in. Adding a sentence means a case here, its text in
/// each content set, and the loader then checks both.
public enum InterfaceKey: String, CaseIterable, Sendable {
    // The ready screen that opens each turn, and every resumed one (both front ends).
    case readyBackSolo = "ready.back_solo"
    case readyBackSoloUnnamed = "ready.back_solo_unnamed"
    case readyBackCouple = "ready.back_couple"
    case readyStepAway = "ready.step_away"
    case readyPromptCouple = "ready.prompt_couple"
    case readyPromptSolo = "ready.prompt_solo"
    // The hand-off to a partner's guesses.
    case guessHandOff = "guesses.hand_off"
    case guessHandOffBack = "guesses.hand_off_back"
    case guessPrompt = "guesses.prompt"
    // The results.
    case moreIdeas = "results.more_ideas"

    /// The `{words}` the program fills in; a text must use each of them, and no others.
    public var placeholders: Set<String> {
        switch self {
        case .readyBackSoloUnnamed, .readyPromptSolo, .moreIdeas: []
        case .readyBackSolo, .readyBackCouple, .readyPromptCouple, .guessHandOff, .guessPrompt: ["name"]
        case .readyStepAway, .guessHandOffBack: ["name", "other"]
        }
    }

    /// Whether the text has a form for one and one for other numbers, chosen by `{count}` (which the form
    /// for other numbers must use, and the form for one may).
    public var isCounted: Bool { self == .moreIdeas }

    /// The section of `interface.yaml` it is in, and its name there.
    public var place: (section: String, name: String) {
        let parts = rawValue.split(separator: ".", maxSplits: 1)
        return (String(parts[0]), String(parts[1]))
    }
}
