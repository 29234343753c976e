extension String {
    /// The text with every run of whitespace (line breaks, wrapping indents, no-break spaces) made one space:
    /// a sentence wrapped on a screen or in a transcript compares with the sentence as written.
    public var flattened: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
