import FoundationEssentials
import SamePageCore

/// One person's saved answers: versioned JSON that names the content it was made with. The private
/// check-in is not part of an `AnswerSheet`, so it cannot reach this file.
public enum AnswerFile {
    public static let format = "samepage-answers"
    public static let version = 1

    public static func encode(_ sheet: AnswerSheet, identity: ContentIdentity) -> String {
        JSONValue.object([
            "format": .string(format),
            "version": .int(version),
            "name": .string(sheet.name),
            "content": .object([
                "id": .string(identity.id),
                "version": .int(identity.version),
                "fingerprint": .string(identity.fingerprint),
            ]),
            "answers": .object(sheet.answers.mapValues { .int($0.code) }),
        ]).serialized()
    }

    public static func save(_ sheet: AnswerSheet, identity: ContentIdentity, to path: String) throws(FileProblem) {
        try SafeFile.write(encode(sheet, identity: identity), to: path, replace: .never)
    }

    /// Answers files are a few kilobytes; anything larger is refused before it is read whole.
    public static let largestFile = 1_000_000
    static let tooLarge = "is larger than 1 MB, so it is not a samepage answers file; it was not read."

    /// Reads a saved file and checks it against the content it will be scored with.
    public static func load(_ path: String, content: Content) throws(FileProblem) -> AnswerSheet {
        try decode(BoundedFile.read(path, largest: largestFile, tooLarge: tooLarge), path: path, content: content)
    }

    public static func decode(_ data: Data, path: String, content: Content) throws(FileProblem) -> AnswerSheet {
        guard data.count <= largestFile else { throw .invalid(path, tooLarge) }
        let decoder = JSONDecoder()
        let repeated = RepeatedKeys.find(in: data)
        guard repeated != .malformed, let header = try? decoder.decode(Header.self, from: data) else {
            throw .invalid(path, data.isEmpty ? "is empty, not a samepage answers file." : "is not a samepage answers file (it is not valid JSON of that form).")
        }
        guard header.format == format else {
            throw .invalid(path, "is not a samepage answers file (its \"format\" is not \"\(format)\").")
        }
        guard let fileVersion = header.version else {
            throw .invalid(path, "has no version number, so it cannot be read safely.")
        }
        guard fileVersion <= version else {
            throw .invalid(path, "was saved by a newer samepage (version \(fileVersion)); update samepage to read it.")
        }
        guard fileVersion == version else { throw .invalid(path, "has an unknown version (\(fileVersion)).") }
        if case .repeated(let key) = repeated {
            throw .invalid(path, "has the key '\(key)' twice, so it was edited or damaged and cannot be scored.")
        }
        let stored: Stored
        do {
            stored = try decoder.decode(Stored.self, from: data)
        } catch {
            throw .invalid(path, "is damaged: its name, content or answers are missing or not whole numbers from 0 to 5.")
        }
        guard stored.content.fingerprint == content.identity.fingerprint else {
            throw .invalid(path, "was made with different questions ('\(stored.content.id)') than the content in use, so it cannot be scored with it.")
        }
        let known = Set(content.questions.map(\.item.id))
        // "Does not apply" (6) is an answer only where the question's section offers it.
        let mayNotApply = Set(content.questions.filter { $0.section.notApplicable != nil }.map(\.item.id))
        var answers: [String: Answer] = [:]
        for (id, code) in stored.answers.sorted(by: { $0.key < $1.key }) {
            guard known.contains(id) else {
                throw .invalid(path, "has an answer for '\(id)', which is not a question in the content in use.")
            }
            guard let answer = Answer(code: code), answer != .notApplicable || mayNotApply.contains(id) else {
                throw .invalid(path, "has the answer \(code) for '\(id)'; answers are whole numbers from 0 to 5 (6 where a question does not apply).")
            }
            answers[id] = answer
        }
        // Every question is saved, a skipped one as 0: one that is missing means the file was changed.
        if let missing = content.questions.first(where: { answers[$0.item.id] == nil }) {
            throw .invalid(path, "has no answer for '\(missing.item.id)' (a skipped question is saved as 0), so it was edited or damaged and cannot be scored.")
        }
        return AnswerSheet(name: Names.clean(stored.name, default: "Partner"), answers: answers)
    }

    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    private struct Stored: Decodable {
        var name: String
        var content: ContentIdentity
        var answers: [String: Int]
    }
}
