import SamePageCore

/// The headings of a partner's screens, shared by both front ends; the sentences are the content's.
public enum SessionWords {
    /// "Alex's turn", or "Your turn" for one person alone.
    public static func turnTitle(_ session: Session, _ partner: Int, _ words: InterfaceText) -> String {
        session.mode == .solo ? words(.sessionTurnYours) : words(.sessionTurnNamed, ["name": session.sheets[partner].name])
    }

    /// "Alex · private", or "Private" for one person alone.
    public static func privateTitle(_ session: Session, _ partner: Int, _ words: InterfaceText) -> String {
        session.mode == .solo ? words(.sessionPrivateYours) : words(.sessionPrivateNamed, ["name": session.sheets[partner].name])
    }
}
