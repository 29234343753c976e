import SamePageCore

/// One thing wrong with a content folder, with the file, line and column it was found at.
public struct ContentIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and terminals link to.
    /// Messages quote the file's own text (a key, a value), so the whole line is made safe to show.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, let column, line > 0 { place += ":\(column)" }
        return SafeText.shown("\(place): \(message)")
    }
}

/// Every issue found in a content folder; the program does not start while there is one.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
    public var issues: [ContentIssue]

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
