/// How many terminal columns text takes: 2 for East Asian wide characters and emoji, 0 for marks that
/// combine with the character before, 1 otherwise. Kept here, in pure Swift, so screen tests measure
/// exactly what the terminal will draw.
extension Character {
    public var displayWidth: Int {
        guard let first = unicodeScalars.first else { return 0 }
        if unicodeScalars.contains(where: { $0.properties.isEmojiPresentation })
            || unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji {
            return 2
        }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark
            || first.value == 0x200B {
            return 0
        }
        return Self.isWide(first.value) ? 2 : 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        wideRanges.contains { $0.contains(value) }
    }
}

extension StringProtocol {
    public var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }

    /// The longest prefix that fits in `width` columns.
    public func prefix(columns width: Int) -> String {
        var used = 0
        var result = ""
        for character in self {
            let next = character.displayWidth
            if used + next > width { break }
            used += next
            result.append(character)
        }
        return result
    }
}

/// Word-wraps by display width. A word longer than the width is broken between characters, so nothing
/// is ever cut off or drawn past the edge.
public func wrapColumns(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        var used = 0
        for word in paragraph.split(separator: " ") {
            var word = String(word)
            let wordWidth = word.displayWidth
            if used > 0 && used + 1 + wordWidth <= width {
                line += " " + word
                used += 1 + wordWidth
                continue
            }
            if used > 0 {
                lines.append(line)
                line = ""
                used = 0
            }
            while word.displayWidth > width {
                let head = word.prefix(columns: width)
                lines.append(head)
                word.removeFirst(head.count)
            }
            line = word
            used = word.displayWidth
        }
        lines.append(line)
    }
    return lines
}
