import SamePageCore

/// Escapes outside text (names, sentences built from them, content) for the printable report: made safe
/// as for a terminal first, then every character that HTML or SVG would read as markup becomes an entity,
/// so a name like `<script>` is shown as those letters, in a paragraph, an attribute or a chart.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in SafeText.shown(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// At most `limit` characters, with "…" when cut: a chart's label has a fixed room; the whole name is in
    /// the chart's description and in the sentences around it.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
