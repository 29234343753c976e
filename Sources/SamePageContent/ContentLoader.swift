import Foundation
import SamePageCore
import Yams

/// Reads a content folder and validates it. Either every file is well-formed and consistent and a
/// `Content` comes back, or every issue found is thrown, each with its file and line.
public enum ContentLoader {
    /// The files a content folder holds, in the order they are read.
    public static let fileNames = ["meta.yaml", "scale.yaml", "questions.yaml", "checkin.yaml", "pairing.yaml", "cards.yaml"]

    public static func load(from directory: String) throws(ContentErrors) -> Content {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
            throw ContentErrors(issues: [ContentIssue(file: directory, message: "there is no content folder here.")])
        }
        guard isFolder.boolValue else {
            throw ContentErrors(issues: [ContentIssue(file: directory, message: "this is a file, not a content folder.")])
        }
        let diagnostics = Diagnostics()
        var files: [String: Data] = [:]
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            if let data = read(path, diagnostics) { files[name] = data }
        }
        // The demo's sample couples are optional: a therapist's own copy may leave them out.
        let samples = (directory as NSString).appendingPathComponent(samplesFile)
        if FileManager.default.fileExists(atPath: samples), let data = read(samples, diagnostics) { files[samplesFile] = data }
        return try load(files, directory: directory, diagnostics: diagnostics)
    }

    /// Validates content already in memory (file name → bytes); `load(from:)` and the fuzz tests use it.
    public static func load(_ files: [String: Data], directory: String) throws(ContentErrors) -> Content {
        try load(files, directory: directory, diagnostics: Diagnostics())
    }

    private static func load(_ files: [String: Data], directory: String, diagnostics: Diagnostics) throws(ContentErrors) -> Content {
        var roots: [String: Node] = [:]
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            if let data = files[name], let root = parse(data, path: path, diagnostics) { roots[name] = root }
        }
        let samplesPath = (directory as NSString).appendingPathComponent(samplesFile)
        if let data = files[samplesFile], let root = parse(data, path: samplesPath, diagnostics) { roots[samplesFile] = root }
        var reader = ContentReader(directory: directory, diagnostics: diagnostics)
        let content = reader.read(roots)
        guard diagnostics.issues.isEmpty, let content else {
            throw ContentErrors(issues: diagnostics.issues)
        }
        return content
    }

    /// The optional file of sample couples for the demo.
    public static let samplesFile = "samples.yaml"

    /// Content files are small; anything larger is a mistake, and is refused before it is parsed.
    static let largestFile = 1_000_000
    /// YAML nested deeper than this is refused before parsing, so a malicious file cannot exhaust the stack.
    static let deepestNesting = 64

    /// Reads a file's bytes, reporting one that is missing, unreadable or far too large.
    static func read(_ path: String, _ diagnostics: Diagnostics) -> Data? {
        // A named pipe or a device would block or never end: only regular files are opened.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let folder = info.st_mode & S_IFMT == S_IFDIR
            diagnostics.report(path, nil, folder ? "this is a folder, not a file." : "this is not a regular file, so it was not read.")
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            diagnostics.report(path, nil, exists ? "this file cannot be read; check its permissions." : "this file is missing.")
            return nil
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: largestFile + 1) ?? Data() else {
            diagnostics.report(path, nil, "this file cannot be read (is it a folder?).")
            return nil
        }
        return data
    }

    /// Parses one file's YAML, reporting bad bytes, a file too large or too deep, or a syntax error.
    static func parse(_ data: Data, path: String, _ diagnostics: Diagnostics) -> Node? {
        guard data.count <= largestFile else {
            diagnostics.report(path, nil, "this file is larger than 1 MB; content files are short text, so it was not read.")
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            diagnostics.report(path, nil, "this file is not UTF-8 text; save it again as UTF-8.")
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if let line = tooDeep(text) {
            diagnostics.report(path, line: line, "this is nested more than \(deepestNesting) levels deep; content needs only a few.")
            return nil
        }
        // Only a file with an asterisk can hold an alias; the others skip this second pass.
        if text.utf8.contains(UInt8(ascii: "*")), let line = AliasBudget.firstExcess(in: text) {
            diagnostics.report(path, line: line, "this uses aliases (*name) that grow to more than 100,000 values; content needs no aliases.")
            return nil
        }
        do {
            // The basic resolver leaves every scalar a string; fields parse numbers and flags themselves.
            // Yams' default resolver runs several regular expressions on every scalar, which was most of
            // the start-up time (measured with Benchmarks/run).
            guard let root = try Yams.compose(yaml: text, .basic) else {
                diagnostics.report(path, nil, "this file is empty.")
                return nil
            }
            return root
        } catch let error as YamlError {
            let line = error.mark.flatMap { mark in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(max(mark.line - 1, 0)).first }
            diagnostics.report(path, error.mark, YAMLHints.message(error.problem, line: line, column: error.mark?.column))
        } catch {
            diagnostics.report(path, nil, "this is not valid YAML.")
        }
        return nil
    }
}

extension ContentLoader {
    /// The first line where brackets or indentation go deeper than `deepestNesting`, if any.
    static func tooDeep(_ text: String) -> Int? {
        var depth = 0
        var line = 1
        var indent = 0
        var atLineStart = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                line += 1
                indent = 0
                atLineStart = true
                continue
            case " " where atLineStart:
                indent += 1
                if indent / 2 > deepestNesting { return line }
                continue
            case "[", "{": depth += 1
            case "]", "}": depth = max(depth - 1, 0)
            default: break
            }
            atLineStart = false
            if depth > deepestNesting { return line }
        }
        return nil
    }
}

extension YamlError {
    var mark: Mark? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark
        case .duplicatedKeysInMapping(_, let context): context.mark
        default: nil
        }
    }

    var problem: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        case .duplicatedKeysInMapping(let duplicates, _):
            "a key appears twice (\(duplicates.joined(separator: ", ")))"
        case .reader(let problem, _, _, _):
            problem
        default:
            "\(self)"
        }
    }
}
