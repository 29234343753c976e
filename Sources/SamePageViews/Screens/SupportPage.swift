import SamePageCore

/// The support page that everyone sees after the private check-in, whatever they answered: the same
/// title, text, closing sentence, list and keys, word for word, so nothing on it can tell a watching
/// partner what was answered. Both front ends use these lines.
public enum SupportPage {
    public struct Line: Sendable, Equatable {
        public var text: String
        public var style: TextStyle
        public var tone: Tone
    }

    public static func lines(_ checkIn: CheckIn, width: Int, words: InterfaceText) -> [Line] {
        func block(_ text: String, _ style: TextStyle = [], _ tone: Tone = .plain, indent: String = "") -> [Line] {
            wrapColumns(text, width: max(width - indent.count, 1)).map { Line(text: indent + $0, style: style, tone: tone) }
        }
        let support = checkIn.support
        var lines = block(support.title, .bold, .accent) + block(support.text) + block(support.note, [], .accent)
        lines.append(Line(text: "", style: [], tone: .plain))
        lines += block(checkIn.emergency, .bold, .caution)
        lines += resourceLines(checkIn, width: width, words: words)
        lines.append(Line(text: "", style: [], tone: .plain))
        lines += block(words(.supportClosing), .bold)
        return lines
    }

    /// Every resource: its region and name, how to reach it, and who it is for, when and in which languages.
    public static func resourceLines(_ checkIn: CheckIn, width: Int, words: InterfaceText) -> [Line] {
        var lines: [Line] = []
        for resource in checkIn.resources {
            lines.append(Line(text: "", style: [], tone: .plain))
            lines += wrapColumns(
                words(.typographyLabel, ["label": checkIn.regionName(resource.region), "value": resource.name]), width: width
            )
            .map { Line(text: $0, style: .bold, tone: .plain) }
            lines += wrapColumns(resource.reachLine(words, unbroken: true), width: max(width - 2, 1)).map {
                Line(text: "  " + $0, style: [], tone: .plain)
            }
            let about = words(
                .supportFor, ["audience": resource.audience, "hours": resource.hours.prefix(1).uppercased() + resource.hours.dropFirst()])
            lines += wrapColumns(about, width: max(width - 2, 1)).map { Line(text: "  " + $0, style: [], tone: .muted) }
        }
        return lines
    }
}
