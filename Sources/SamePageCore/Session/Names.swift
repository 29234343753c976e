/// Cleans a typed or loaded name so it is safe to show: no control characters or escape sequences, no
/// direction overrides or hidden characters, trimmed, and short enough for a header.
public enum Names {
    /// The most characters (grapheme clusters, as a person counts letters) a name keeps.
    public static let maximumLength = 40
    /// The most bytes of UTF-8 a name keeps: one letter can carry thousands of combining marks.
    public static let maximumBytes = 160

    /// Two people never share a name in the results: the second of a pair becomes "Name (2)".
    public static func distinct(_ names: [String]) -> [String] {
        guard names.count == 2, names[0] == names[1] else { return names }
        return [names[0], names[1] + " (2)"]
    }

    public static func clean(_ raw: String, default fallback: String) -> String {
        // A short name of printable ASCII, with no space at either end, is already clean.
        let bytes = raw.utf8
        if !bytes.isEmpty, bytes.count <= maximumLength, bytes.first != 0x20, bytes.last != 0x20, raw.isPrintableASCII {
            return raw
        }
        // Controls and direction marks are dropped rather than shown: a name is for reading, not for evidence.
        let kept = raw.unicodeScalars.filter { scalar in
            !(scalar.properties.generalCategory == .control || SafeText.isUnsafe(scalar)
                || (scalar.properties.generalCategory == .format && !joiners.contains(scalar)))
        }
        let name = fitted(String(String.UnicodeScalarView(kept)).trimmingSpaces)
        return name.isEmpty ? fallback : String(name)
    }

    /// Whether one more character fits in a name being typed.
    public static func accepts(_ character: Character, after name: String) -> Bool {
        name.count < maximumLength && name.utf8.count + String(character).utf8.count <= maximumBytes
    }

    /// The zero-width joiners that emoji sequences and some scripts need; other format characters go.
    private static let joiners: Set<Unicode.Scalar> = ["\u{200C}", "\u{200D}"]

    /// The longest run of clusters within both limits, without trailing spaces. A cluster too large for
    /// the bytes left (a letter under thousands of marks) keeps the code points that fit, and ends the name.
    private static func fitted(_ name: Substring) -> String {
        var result = String.UnicodeScalarView()
        var bytes = 0
        for character in name.prefix(maximumLength) {
            for scalar in character.unicodeScalars {
                bytes += UTF8.width(scalar)
                guard bytes <= maximumBytes else { return String(String(result).trimmingSpaces) }
                result.append(scalar)
            }
        }
        return String(String(result).trimmingSpaces)
    }
}
