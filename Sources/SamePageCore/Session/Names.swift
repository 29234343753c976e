/// Cleans a typed or loaded name so it is safe to show: no control characters or escape sequences, no
/// direction overrides, trimmed, and short enough for a header.
public enum Names {
    public static let maximumLength = 40

    /// Two people never share a name in the results: the second of a pair becomes "Name (2)".
    public static func distinct(_ names: [String]) -> [String] {
        guard names.count == 2, names[0] == names[1] else { return names }
        return [names[0], names[1] + " (2)"]
    }

    public static func clean(_ raw: String, default fallback: String) -> String {
        let kept = raw.unicodeScalars.filter { scalar in
            !(scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format)
        }
        var name = String(String.UnicodeScalarView(kept)).trimmingSpaces
        if name.count > maximumLength { name = name.prefix(maximumLength) }
        return name.isEmpty ? fallback : String(name)
    }
}
