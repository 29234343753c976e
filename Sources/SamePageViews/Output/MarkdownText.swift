import SamePageCore

/// Escapes outside text (names, and sentences built from them) for a Markdown report, so it stays words:
/// no emphasis, heading, table cell, link, image, autolink or raw HTML can come from it, in Markdown or in
/// the HTML it may be turned into. Backslash escapes keep it readable in a terminal too.
public enum MarkdownText {
    /// Characters that start Markdown or HTML anywhere in a line.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#", "!", "@"]

    public static func escaped(_ text: String) -> String {
        var out = ""
        for character in SafeText.shown(text) {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return breakLinks(escapeLineStart(out))
    }

    /// A list marker, a setext underline or a numbered item at the very start would change the block.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// Bare web addresses become links on GitHub and elsewhere; an escaped ":" or "." keeps them plain text.
    private static func breakLinks(_ text: String) -> String {
        text.replacing("://", with: "\\://").replacing("www.", with: "www\\.")
    }

    /// Content text written by the people who adapt samepage may use Markdown, but never raw HTML.
    public static func withoutHTML(_ text: String) -> String {
        SafeText.shown(text, keepingLines: true).replacing("<", with: "\\<")
    }
}
