/// A hint for the YAML slips people make when they edit content by hand, added to the parser's own words.
enum YAMLHints {
    /// `line` is the source line the parser stopped on and `column` its 1-based column there, when known.
    static func hint(for problem: String, line: Substring? = nil, column: Int? = nil) -> String? {
        let problem = problem.lowercased()
        if problem.contains("tab") {
            return "indent with spaces, not tabs"
        }
        if problem.contains("mapping values are not allowed") {
            // The line's first colon is its key's own: then the key is indented too far, not text with a colon.
            if let line, let column, let first = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: first) == column - 1 {
                return "check that this line is indented like the lines around it, with spaces"
            }
            return "text that holds a colon and a space (or a #) must be in quotes, like text: \"Why: because\""
        }
        if problem.contains("cannot start any token") {
            return "text that starts with @, ` or another symbol must be in quotes"
        }
        if problem.contains("expected key") || problem.contains("expected ':'") || problem.contains("indicator")
            || problem.contains("block end") || problem.contains("indentation")
        {
            return "check that this line is indented like the lines around it, with spaces"
        }
        if problem.contains("quoted scalar") {
            return "a quote that opens a text must close it on the same text"
        }
        return nil
    }

    /// The parser's message with a hint when one fits, as one sentence.
    static func message(_ problem: String, line: Substring? = nil, column: Int? = nil) -> String {
        guard let hint = hint(for: problem, line: line, column: column) else { return "this is not valid YAML: \(problem)." }
        return "this is not valid YAML: \(problem); \(hint)."
    }
}
