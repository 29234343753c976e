import SamePageCore

/// How many terminal columns text takes, counted code point by code point as the C library's `wcwidth`
/// does (ncurses places the cursor by it): 2 for East Asian wide characters and emoji, 0 for combining
/// marks, joiners and variation selectors, 1 otherwise. Kept here, in pure Swift, so screen tests measure
/// what the terminal layer will draw. A cluster is the unit of layout: wrapping and truncation never split
/// one, except a cluster wider than a whole line, which is cut to fit (see `wrapColumns`).
extension Character {
    public var displayWidth: Int {
        if let ascii = asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = unicodeScalars
        // One code point from the blocks screens use most (accented letters, dashes and quotes, box
        // drawing) is one column, as the full rule says of every one of them (checked in the tests).
        if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            Self.isPlainNarrow(only.value)
        {
            return 1
        }
        return scalars.reduce(0) { $0 + Self.width(of: $1) }
    }

    static func isPlainNarrow(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2500...0x259F: true
        default: false
        }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        // Where the C library's wcwidth differs from the general rule below: the soft hyphen and each
        // regional indicator (half a flag) take one column; the Yijing hexagrams take two.
        case 0xAD, 0x1F1E6...0x1F1FF: return 1
        case 0x4DC0...0x4DFF: return 2
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation || isWide(scalar.value) { return 2 }
        return scalar.properties.isVariationSelector ? 0 : 1
    }

    /// East Asian wide and fullwidth blocks (a switch, so nothing is built at start).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}

extension StringProtocol {
    public var displayWidth: Int {
        // Printable ASCII, most of every screen, is one column a byte, with no clusters to find.
        if isPrintableASCII { return utf8.count }
        return reduce(0) { $0 + $1.displayWidth }
    }

    /// The longest prefix that fits in `width` columns. Whole clusters only: a cluster is never split here.
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

extension Character {
    /// The cluster cut to fit `width` columns, code point by code point: the part that fits, which may be
    /// empty (a wide letter on a line one column wide). Only for a cluster wider than a whole line.
    func cut(columns width: Int) -> String {
        var used = 0
        var kept = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let next = Self.width(of: scalar)
            if used + next > width { break }
            used += next
            kept.append(scalar)
        }
        return String(kept)
    }
}
