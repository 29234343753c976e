/// How many terminal columns text takes, counted code point by code point as the C library's `wcwidth`
/// does (ncurses places the cursor by it): 2 for East Asian wide characters and emoji, 0 for combining
/// marks, joiners and variation selectors, 1 otherwise. Kept here, in pure Swift, so screen tests measure
/// what the terminal layer will draw.
extension Character {
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + Self.width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation || isWide(scalar.value) { return 2 }
        return scalar.properties.isVariationSelector ? 0 : 1
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
