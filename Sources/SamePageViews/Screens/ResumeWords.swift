import SamePageCore

/// An unfinished session in a few words, for the offer to resume it (both front ends): who, and where.
public enum ResumeWords {
    /// `questions` counts the numbered questions; `opening` the unnumbered ones before them (alone: the one
    /// about the partner), which the place's index includes.
    public static func summary(_ progress: SessionProgress, questions: Int, opening: Int = 0, words: InterfaceText) -> String {
        let sheets = progress.sheets
        // One person's session needs no "Kim: Kim's turn".
        // Nor "You, at question 2": the name given for no name is not used as one.
        if sheets.count == 1, sheets[0].name.isEmpty || sheets[0].name == words(.namesFallbackSolo) {
            return switch progress.place {
            case .question(_, let index):
                words(.resumeSoloAtUnnamed, ["number": String(max(index + 1 - opening, 1)), "total": String(questions)])
            case .review, .handOff: words(.resumeSoloDoneUnnamed)
            case .perceptionOffer: words(.resumeSoloAllDoneUnnamed)
            }
        }
        if sheets.count == 1 {
            let name = sheets[0].name
            return switch progress.place {
            case .question(_, let index):
                words(.resumeSoloAt, ["name": name, "number": String(max(index + 1 - opening, 1)), "total": String(questions)])
            case .review, .handOff: words(.resumeSoloDone, ["name": name])
            case .perceptionOffer: words(.resumeSoloAllDone, ["name": name])
            }
        }
        let names = words(.resumeNames, ["first": sheets[0].name, "second": sheets[1].name])
        return switch progress.place {
        case .question(let partner, let index):
            words(.resumeCoupleAt, ["names": names, "name": sheets[partner].name, "number": String(index + 1), "total": String(questions)])
        case .review(let partner): words(.resumeCoupleDone, ["names": names, "name": sheets[partner].name])
        case .handOff(let partner): words(.resumeCoupleNext, ["names": names, "name": sheets[partner].name])
        case .perceptionOffer: words(.resumeCoupleAllDone, ["names": names])
        }
    }
}
