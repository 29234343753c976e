import FoundationEssentials
import Glibc
import SamePageCore

/// Writes files the way private answers deserve: readable by the user alone (0600), and atomically, so a
/// crash or a full disk leaves either the old file or the new one, never half of one.
public enum SafeFile {
    public enum Replace: Sendable {
        /// Refuse when the target exists (saved answers, reports): nothing saved is ever overwritten.
        case never
        /// Replace the target in one step (progress files).
        case atomically
    }

    /// Deletes temporary files that an earlier write to `path` left when its process was killed mid-write
    /// (they hold answers); a live process's temporary file is left alone.
    public static func removeLeftovers(of path: String) {
        let folder = PathText.folder(path)
        let prefix = "." + PathText.lastComponent(path) + "."
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let pid = entry.dropFirst(prefix.count).prefix { $0 != "." }
            guard let pid = Int32(pid), kill(pid, 0) != 0 && errno == ESRCH else { continue }
            unlink((folder.isEmpty ? "." : folder) + "/" + entry)
        }
    }

    /// Writes `text` to `path` through a temporary file in the same folder.
    public static func write(_ text: String, to path: String, replace: Replace) throws(FileProblem) {
        try write(bytes: Array(text.utf8), to: path, replace: replace)
    }

    /// Writes `bytes` (a PDF, say) to `path` through a temporary file in the same folder.
    public static func write(bytes: [UInt8], to path: String, replace: Replace) throws(FileProblem) {
        let folder = PathText.folder(path)
        let name = PathText.lastComponent(path)
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileProblem.cannotWrite(path, errno) }
        var bytes = bytes
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                let code = errno
                close(fd)
                unlink(temporary)
                throw FileProblem.cannotWrite(path, code)
            }
            written += result
        }
        bytes.removeAll()
        let synced = fsync(fd) == 0 ? 0 : errno
        close(fd)
        guard synced == 0 else { unlink(temporary); throw FileProblem.cannotWrite(path, synced) }
        switch replace {
        case .atomically:
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                throw FileProblem.cannotWrite(path, code)
            }
        case .never:
            // link() fails when the target exists, so an existing file is never replaced, even in a race.
            if link(temporary, path) == 0 {
                unlink(temporary)
                return
            }
            let code = errno
            // FAT, exFAT and some network shares have no hard links: claim the name with O_EXCL (which
            // fails if anything is there), then rename the whole file over that empty placeholder.
            if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS {
                let claim = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                if claim >= 0 {
                    close(claim)
                    if rename(temporary, path) == 0 { return }
                    let failed = errno
                    unlink(path)
                    unlink(temporary)
                    throw FileProblem.cannotWrite(path, failed)
                }
                let failed = errno
                unlink(temporary)
                throw failed == EEXIST ? FileProblem.exists(path) : FileProblem.cannotWrite(path, failed)
            }
            unlink(temporary)
            throw code == EEXIST ? FileProblem.exists(path) : FileProblem.cannotWrite(path, code)
        }
    }
}

/// A file that could not be read or written; `sentence` says it in the content's words.
public enum FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotWrite(String, Int32)
    case exists(String)
    case missing(String)
    case unreadable(String, Int32)
    case invalid(String, Reason)

    /// Why a file that was read cannot be used.
    public enum Reason: Sendable, Equatable {
        case answersTooLarge, progressTooLarge, empty, notJSON, noVersion, damaged, folder, notRegular
        case wrongFormat(String)
        case newer(Int), unknownVersion(Int)
        case repeatedKey(String), otherQuestions(String), unknownQuestion(String), missingAnswer(String)
        case badAnswer(Int, String)
    }

    /// Why, in a few words: the system's own words for an error number, else the whole sentence.
    public func cause(_ words: InterfaceText) -> String {
        switch self {
        case .cannotWrite(_, let code), .unreadable(_, let code): String(cString: strerror(code))
        case .exists: words(.filesCauseExists)
        case .missing: words(.filesCauseMissing)
        case .invalid: sentence(words)
        }
    }

    /// The problem as one sentence, made safe to show: paths and reasons can quote a file or the command line.
    public func sentence(_ words: InterfaceText) -> String {
        SafeText.shown(unsafeSentence(words))
    }

    private func unsafeSentence(_ words: InterfaceText) -> String {
        switch self {
        case .cannotWrite(let path, let code): words(.filesCannotWrite, ["path": path, "cause": String(cString: strerror(code))])
        case .exists(let path): words(.filesExists, ["path": path])
        case .missing(let path): words(.filesMissing, ["path": path])
        case .unreadable(let path, let code): words(.filesUnreadable, ["path": path, "cause": String(cString: strerror(code))])
        case .invalid(let path, let reason): Self.sentence(reason, path: path, words)
        }
    }

    private static func sentence(_ reason: Reason, path: String, _ words: InterfaceText) -> String {
        let key: InterfaceKey
        var values = ["path": path]
        switch reason {
        case .answersTooLarge: key = .filesAnswersTooLarge
        case .progressTooLarge: key = .filesProgressTooLarge
        case .empty: key = .filesEmpty
        case .notJSON: key = .filesNotJson
        case .noVersion: key = .filesNoVersion
        case .damaged: key = .filesDamaged
        case .folder: key = .filesFolder
        case .notRegular: key = .filesNotRegular
        case .wrongFormat(let format): (key, values["format"]) = (.filesWrongFormat, format)
        case .newer(let version): (key, values["version"]) = (.filesNewer, String(version))
        case .unknownVersion(let version): (key, values["version"]) = (.filesUnknownVersion, String(version))
        case .repeatedKey(let name): (key, values["key"]) = (.filesRepeatedKey, name)
        case .otherQuestions(let id): (key, values["id"]) = (.filesOtherQuestions, id)
        case .unknownQuestion(let id): (key, values["id"]) = (.filesUnknownQuestion, id)
        case .missingAnswer(let id): (key, values["id"]) = (.filesMissingAnswer, id)
        case .badAnswer(let code, let id): (key, values["code"], values["id"]) = (.filesBadAnswer, String(code), id)
        }
        return words(key, values)
    }

    /// For logs and test failures only; people read `sentence`.
    public var description: String {
        let plain =
            switch self {
            case .cannotWrite(let path, let code): "cannotWrite(\(path), \(code))"
            case .exists(let path): "exists(\(path))"
            case .missing(let path): "missing(\(path))"
            case .unreadable(let path, let code): "unreadable(\(path), \(code))"
            case .invalid(let path, let reason): "invalid(\(path), \(reason))"
            }
        return SafeText.shown(plain)
    }
}
