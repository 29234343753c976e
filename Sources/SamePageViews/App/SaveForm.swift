import SamePageCore

/// The results screen's save dialog: what to save, where, and what happened last time.
public struct SaveForm: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The Markdown report, the printable one (HTML), one answers file per person.
        case report, printable, answers
    }

    public var kind: Kind?
    public var path: String
    /// A sentence about the last attempt, such as "report.md already exists; choose another name".
    public var note: String?

    public init(kind: Kind? = nil, path: String = "", note: String? = nil) {
        self.kind = kind
        self.path = path
        self.note = note
    }

    /// What a file name for the answers of a couple holds in place of each person's name.
    public static let nameMarker = "{name}"

    /// A safe default in the current folder, dated. For answers, `{name}` becomes each person's name.
    public static func defaultPath(_ kind: Kind, date: String) -> String {
        switch kind {
        case .report: "samepage-report-\(date).md"
        case .printable: "samepage-report-\(date).html"
        case .answers: "samepage-answers-\(date)-\(Self.nameMarker).json"
        }
    }

    /// The file for one person's answers: `{name}` replaced by the name, kept to letters, digits and dashes.
    public static func path(_ pattern: String, name: String) -> String {
        let safe = String(
            name.unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
            })
        return pattern.contains(Self.nameMarker) ? pattern.replacing(Self.nameMarker, with: safe) : pattern
    }
}

/// A file the front end should write for the app, which does no I/O itself.
public struct SaveRequest: Sendable, Equatable {
    public var kind: SaveForm.Kind
    public var path: String

    public init(kind: SaveForm.Kind, path: String) {
        self.kind = kind
        self.path = path
    }
}
