import FoundationEssentials
import Glibc
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
    public static func standard(environment: [String: String] = standardEnvironment()) -> ProgressStore? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return ProgressStore(folder: state + "/samepage") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return ProgressStore(folder: home + "/.local/state/samepage")
    }

    /// The two variables `standard` reads, from this process's environment.
    public static func standardEnvironment() -> [String: String] {
        var found: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] { found[name] = getenv(name).map { String(cString: $0) } }
        return found
    }

    /// What was found at start-up.
    public enum Found: Sendable, Equatable {
        case nothing
        case progress(SessionProgress)
        /// The file could not be used: renamed aside, or left where it is when even that failed.
        case setAside(SetAside)
    }

    /// What became of a progress file that could not be used, said in the content's words.
    public enum SetAside: Sendable, Equatable {
        case leftAsItWas(String)
        case keptAs(String, String)

        public func sentence(_ words: InterfaceText) -> String {
            switch self {
            case .leftAsItWas(let path): words(.filesProgressUnreadable, ["path": path])
            case .keptAs(let path, let aside): words(.filesProgressSetAside, ["path": path, "aside": aside])
            }
        }
    }

    public func save(_ progress: SessionProgress) throws(FileProblem) {
        try makeFolder()
        try SafeFile.write(Self.encode(progress), to: path, replace: .atomically)
    }

    public func delete() {
        unlink(path)
    }

    /// Removes the progress folder if nothing is in it (a session kept nothing, or its file was deleted);
    /// a folder holding anything, a set-aside file included, stays as it is.
    public func removeFolderIfEmpty() {
        rmdir(folder)
    }

    /// What came of trying to hold the progress folder for this process.
    public enum Lock: Sendable, Equatable {
        /// This process holds it until it exits (the descriptor stays open; the kernel lets go at exit,
        /// however the process ends, so a crash never leaves it locked).
        case held
        /// Another copy on this account holds it: its session is live, so it is never offered or touched.
        case busy
        /// The folder cannot be made or opened; the problem names the real cause.
        case unusable(FileProblem)
    }

    /// Locks the progress folder (`flock` on the folder itself, so no lock file is left behind) and, once
    /// held, removes temporary files that a killed earlier copy left there.
    public func lock() -> Lock {
        // A copy that ends removes the folder when it is empty (`removeFolderIfEmpty`): a lock taken on a
        // folder removed meanwhile would guard nothing, so it is taken again on the folder that is there.
        for _ in 0..<3 {
            do { try makeFolder() } catch { return .unusable(error) }
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return .unusable(.cannotWrite(folder, errno)) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                close(descriptor)
                return code == EWOULDBLOCK ? .busy : .unusable(.cannotWrite(folder, code))
            }
            var held = stat(), there = stat()
            guard fstat(descriptor, &held) == 0, stat(folder, &there) == 0, held.st_dev == there.st_dev, held.st_ino == there.st_ino
            else {
                close(descriptor)
                continue
            }
            SafeFile.removeLeftovers(of: path)
            return .held
        }
        return .busy
    }

    /// The path as a person reads it: the home folder shown as `~`.
    public func shownPath(home: String?) -> String {
        guard let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Reads the progress file; one that is damaged, foreign, newer or made for other questions is renamed
    /// out of the way (never deleted), so a fresh session can start and nothing is lost.
    public func load(for content: Content) -> Found {
        guard FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        else { return .nothing }
        // Read with the same cap as answers files: a progress file is never near 1 MB, and a pipe or a
        // device in its place is set aside, never waited on.
        let data = try? BoundedFile.read(path, largest: 1 << 20, tooLarge: .progressTooLarge)
        if let data, let progress = Self.decode(data), progress.fits(content) { return .progress(progress) }
        let aside = path + ".unreadable-\(Int(Date().timeIntervalSince1970))"
        guard rename(path, aside) == 0 else {
            return .setAside(.leftAsItWas(path))
        }
        return .setAside(.keptAs(path, aside))
    }

    /// Makes the folder and any missing parent (0700), reporting the real cause of a failure: a file in the
    /// folder's place, a read-only disk, a missing permission.
    private func makeFolder() throws(FileProblem) {
        var made = ""
        for part in folder.split(separator: "/") {
            made += "/" + part
            if mkdir(made, 0o700) != 0 && errno != EEXIST { throw .cannotWrite(made, errno) }
        }
        var info = stat()
        guard stat(folder, &info) == 0 else { throw .cannotWrite(folder, errno) }
        if info.st_mode & S_IFMT != S_IFDIR { throw .cannotWrite(folder, ENOTDIR) }
    }

    static func encode(_ progress: SessionProgress) -> String {
        let place: [String: JSONValue] =
            switch progress.place {
            case .question(let partner, let index): ["kind": .string("question"), "partner": .int(partner), "index": .int(index)]
            case .review(let partner): ["kind": .string("review"), "partner": .int(partner)]
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
            "partners": .array(
                progress.sheets.map { sheet in
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
            sheets.append(AnswerSheet(name: Names.clean(partner.name, default: ""), answers: answers))
        }
        let partner = stored.place.partner ?? -1
        let place: SessionProgress.Place
        switch stored.place.kind {
        case "question": place = .question(partner: partner, index: stored.place.index ?? -1)
        case "review": place = .review(partner: partner)
        // Written by earlier versions; it now opens as a turn at its review does.
        case "check-in": place = .review(partner: partner)
        case "hand-off": place = .handOff(to: partner)
        case "perception": place = .perceptionOffer
        default: return nil
        }
        return SessionProgress(mode: mode, sheets: sheets, place: place, identity: stored.content)
    }
}
