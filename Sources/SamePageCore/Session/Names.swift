/// Cleans a typed or loaded name so it is safe to show: no control characters or escape sequences, no
/// direction overrides, trimmed, and short enough for a header.
public enum Names {
    public static let maximumLength = 40

    public static func clean(_ raw: String, default fallback: String) -> String {
        let kept = raw.unicodeScalars.filter { scalar in
            !(scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format)
        }
        var name = String(String.UnicodeScalarView(kept)).trimmingSpaces
        if name.count > maximumLength { name = name.prefix(maximumLength) }
        return name.isEmpty ? fallback : String(name)
    }
}
