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

    /// Reads a saved file and checks it against the content it will be scored with.
    public static func load(_ path: String, content: Content) throws(FileProblem) -> AnswerSheet {
        try decode(BoundedFile.read(path, largest: largestFile, tooLarge: .answersTooLarge), path: path, content: content)
    }

    public static func decode(_ data: Data, path: String, content: Content) throws(FileProblem) -> AnswerSheet {
        guard data.count <= largestFile else { throw .invalid(path, .answersTooLarge) }
        let decoder = JSONDecoder()
        let repeated = RepeatedKeys.find(in: data)
        guard repeated != .malformed, let header = try? decoder.decode(Header.self, from: data) else {
            throw .invalid(path, data.isEmpty ? .empty : .notJSON)
        }
        guard header.format == format else {
            throw .invalid(path, .wrongFormat(format))
        }
        guard let fileVersion = header.version else {
            throw .invalid(path, .noVersion)
        }
        guard fileVersion <= version else {
            throw .invalid(path, .newer(fileVersion))
        }
        guard fileVersion == version else { throw .invalid(path, .unknownVersion(fileVersion)) }
        if case .repeated(let key) = repeated {
            throw .invalid(path, .repeatedKey(key))
        }
        let stored: Stored
        do {
            stored = try decoder.decode(Stored.self, from: data)
        } catch {
            throw .invalid(path, .damaged)
        }
        guard stored.content.fingerprint == content.identity.fingerprint else {
            throw .invalid(path, .otherQuestions(stored.content.id))
        }
        // The shared questions, and (from a session alone) the one about the partner.
        let known = content.answerIDs
        // "Does not apply" (6) is an answer only where a gate can set the question aside.
        let mayNotApply = content.gatedItemIDs
        var answers: [String: Answer] = [:]
        for (id, code) in stored.answers.sorted(by: { $0.key < $1.key }) {
            guard known.contains(id) else {
                throw .invalid(path, .unknownQuestion(id))
            }
            guard let answer = Answer(code: code), answer != .notApplicable || mayNotApply.contains(id) else {
                throw .invalid(path, .badAnswer(code, id))
            }
            answers[id] = answer
        }
        // Every question is saved, a skipped one as 0: one that is missing means the file was changed.
        if let missing = content.questions.first(where: { answers[$0.item.id] == nil }) {
            throw .invalid(path, .missingAnswer(missing.item.id))
        }
        // An empty name is one samepage gave: the reader names it for its place (see `loadSheets`).
        return AnswerSheet(name: Names.clean(stored.name, default: ""), answers: answers)
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
