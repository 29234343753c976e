import Foundation
import SamePageCore

/// Resumable progress on disk: `$XDG_STATE_HOME/samepage/progress.json` (else `~/.local/state/...`), in a
/// folder only the user can enter (0700), written atomically after every answer, 0600. It never holds the
/// private check-in, because `SessionProgress` has no place for it.
public struct ProgressStore: Sendable, Equatable {
    public static let format = "samepage-progress"
    public static let version = 1

    public let folder: String
    public var path: String { folder + "/progress.json" }

    public init(folder: String) { self.folder = folder }

    /// The store for this user, from the environment; nil when there is no home to keep it in.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return ProgressStore(folder: state + "/samepage") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return ProgressStore(folder: home + "/.local/state/samepage")
    }

    /// What was found at start-up.
    public enum Found: Sendable, Equatable {
        case nothing
        case progress(SessionProgress)
        /// The file could not be used; it was renamed, and `note` says so in one sentence.
        case setAside(note: String)
    }

    public func save(_ progress: SessionProgress) throws(FileProblem) {
        try makeFolder()
        try SafeFile.write(Self.encode(progress), to: path, replace: .atomically)
    }

    public func delete() {
        unlink(path)
    }

    /// Reads the progress file; one that is damaged, foreign, newer or made for other questions is renamed
    /// out of the way (never deleted), so a fresh session can start and nothing is lost.
    public func load(for content: Content) -> Found {
        guard let data = FileManager.default.contents(atPath: path) else { return .nothing }
        if let progress = Self.decode(data), progress.fits(content) { return .progress(progress) }
        let aside = path + ".unreadable-\(Int(Date().timeIntervalSince1970))"
        guard rename(path, aside) == 0 else {
            return .setAside(note: "The saved progress in \(path) could not be read or moved aside, so a new session starts and that file is left as it was.")
        }
        return .setAside(note: "The saved progress in \(path) could not be used (damaged, or made for other questions), so it was kept as \(aside) and a new session starts.")
    }

    private func makeFolder() throws(FileProblem) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(folder, EACCES)
        }
    }

    static func encode(_ progress: SessionProgress) -> String {
        let place: [String: JSONValue] = switch progress.place {
        case .question(let partner, let index): ["kind": .string("question"), "partner": .int(partner), "index": .int(index)]
        case .review(let partner): ["kind": .string("review"), "partner": .int(partner)]
        case .checkIn(let partner): ["kind": .string("check-in"), "partner": .int(partner)]
        case .handOff(let partner): ["kind": .string("hand-off"), "partner": .int(partner)]
        case .perceptionOffer: ["kind": .string("perception")]
        }
        return JSONValue.object([
            "format": .string(format),
            "version": .int(version),
            "mode": .string(progress.mode.rawValue),
            "content": .object([
                "id": .string(progress.identity.id),
                "version": .int(progress.identity.version),
                "fingerprint": .string(progress.identity.fingerprint),
            ]),
            "partners": .array(progress.sheets.map { sheet in
                .object(["name": .string(sheet.name), "answers": .object(sheet.answers.mapValues { .int($0.code) })])
            }),
            "place": .object(place),
        ]).serialized()
    }

    private struct Stored: Decodable {
        struct Partner: Decodable {
            var name: String
            var answers: [String: Int]
        }

        struct Place: Decodable {
            var kind: String
            var partner: Int?
            var index: Int?
        }

        var format: String
        var version: Int
        var mode: String
        var content: ContentIdentity
        var partners: [Partner]
        var place: Place
    }

    static func decode(_ data: Data) -> SessionProgress? {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data),
              stored.format == format, stored.version == version, let mode = SessionMode(rawValue: stored.mode)
        else { return nil }
        var sheets: [AnswerSheet] = []
        for partner in stored.partners {
            var answers: [String: Answer] = [:]
            for (id, code) in partner.answers {
                guard let answer = Answer(code: code) else { return nil }
                answers[id] = answer
            }
            sheets.append(AnswerSheet(name: Names.clean(partner.name, default: "Partner"), answers: answers))
        }
        let partner = stored.place.partner ?? -1
        let place: SessionProgress.Place
        switch stored.place.kind {
        case "question": place = .question(partner: partner, index: stored.place.index ?? -1)
        case "review": place = .review(partner: partner)
        case "check-in": place = .checkIn(partner: partner)
        case "hand-off": place = .handOff(to: partner)
        case "perception": place = .perceptionOffer
        default: return nil
        }
        return SessionProgress(mode: mode, sheets: sheets, place: place, identity: stored.content)
    }
}
