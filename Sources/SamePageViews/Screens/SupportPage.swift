import SamePageCore

/// The support page that everyone sees after the private check-in, whatever they answered: the same
/// title, text, list and keys. Only one calm sentence differs, in a slot as tall as the taller of its two
/// versions at this width, so the page has the same shape either way. Both front ends use these lines.
public enum SupportPage {
    public struct Line: Sendable, Equatable {
        public var text: String
        public var style: TextStyle
        public var tone: Tone
    }

    public static func lines(_ checkIn: CheckIn, concern: Bool, width: Int, words: InterfaceText) -> [Line] {
        func block(_ text: String, _ style: TextStyle = [], _ tone: Tone = .plain, indent: String = "") -> [Line] {
            wrapColumns(text, width: max(width - indent.count, 1)).map { Line(text: indent + $0, style: style, tone: tone) }
        }
        let support = checkIn.support
        var lines = block(support.title, .bold, .accent) + block(support.text)
        let notes = [support.concernNote, support.calmNote].map { wrapColumns($0, width: width) }
        let slot = notes.map(\.count).max() ?? 0
        let note = concern ? notes[0] : notes[1]
        lines += (note + Array(repeating: "", count: slot - note.count)).map { Line(text: $0, style: [], tone: .accent) }
        lines.append(Line(text: "", style: [], tone: .plain))
        lines += block(checkIn.emergency, .bold, .caution)
        lines += resourceLines(checkIn, width: width, words: words)
        lines.append(Line(text: "", style: [], tone: .plain))
        lines += block(words(.supportClosing), .bold)
        return lines
    }

    /// Every resource: its region and name, how to reach it, and who it is for, when and in which languages.
    static func resourceLines(_ checkIn: CheckIn, width: Int, words: InterfaceText) -> [Line] {
        var lines: [Line] = []
        for resource in checkIn.resources {
            lines.append(Line(text: "", style: [], tone: .plain))
            lines += wrapColumns("\(checkIn.regionName(resource.region)): \(resource.name)", width: width)
                .map { Line(text: $0, style: .bold, tone: .plain) }
            lines += wrapColumns(resource.reachLine(words), width: max(width - 2, 1)).map { Line(text: "  " + $0, style: [], tone: .plain) }
            let about = words(.supportFor, ["audience": resource.audience, "hours": resource.hours.prefix(1).uppercased() + resource.hours.dropFirst()])
            lines += wrapColumns(about, width: max(width - 2, 1)).map { Line(text: "  " + $0, style: [], tone: .muted) }
        }
        return lines
    }
}
