import FoundationEssentials
import Glibc
import SamePageCore
import SamePageFiles

/// Reads a content folder and validates it. Either every file is well-formed and consistent and a
/// `Content` comes back, or every issue found is thrown, each with its file and line.
public enum ContentLoader {
    /// The files a content folder holds, in the order they are read.
    public static let fileNames = [
        "meta.yaml", "scale.yaml", "questions.yaml", "checkin.yaml", "pairing.yaml", "cards.yaml", "interface.yaml",
    ]

    /// A copy of content already read and checked, for files that are byte for byte the ones it was made
    /// from (the binary passes `ShippedContent.matching`), else nil.
    public typealias BuiltIn = ([(name: String, data: Data)]) -> Content?

    /// With `builtIn`, files it recognises give its copy instead of being read again; without (as
    /// `samepage validate` and the tests call it), the YAML is always read and checked.
    public static func load(from directory: String, builtIn: BuiltIn? = nil) throws(ContentErrors) -> Content {
        var info = stat()
        guard stat(directory, &info) == 0 else {
            throw ContentErrors(issues: [ContentIssue(file: directory, message: "there is no content folder here.")])
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw ContentErrors(issues: [ContentIssue(file: directory, message: "this is a file, not a content folder.")])
        }
        let diagnostics = Diagnostics()
        var files: [(name: String, data: Data)] = []
        for name in fileNames {
            if let data = read(PathText.joined(directory, name), diagnostics, optional: false) { files.append((name, data)) }
        }
        // The demo's sample couples are optional: a therapist's own copy may leave them out.
        if let data = read(PathText.joined(directory, samplesFile), diagnostics, optional: true) { files.append((samplesFile, data)) }
        if let builtIn, diagnostics.issues.isEmpty, let content = builtIn(files) { return content }
        return try load(Dictionary(files, uniquingKeysWith: { first, _ in first }), directory: directory, diagnostics: diagnostics)
    }

    /// Validates content already in memory (file name → bytes); `load(from:)` and the fuzz tests use it.
    public static func load(_ files: [String: Data], directory: String) throws(ContentErrors) -> Content {
        try load(files, directory: directory, diagnostics: Diagnostics())
    }

    private static func load(_ files: [String: Data], directory: String, diagnostics: Diagnostics) throws(ContentErrors) -> Content {
        var roots: [String: YAMLNode] = [:]
        for name in fileNames + [samplesFile] {
            if let data = files[name], let root = parse(data, path: PathText.joined(directory, name), diagnostics) { roots[name] = root }
        }
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

    /// Reads a file's bytes, reporting one that is missing (unless `optional`), unreadable or far too large.
    static func read(_ path: String, _ diagnostics: Diagnostics, optional: Bool) -> Data? {
        do {
            return try FileBytes.read(path, largest: largestFile)
        } catch {
            switch error {
            case .missing where optional: break
            case .missing: diagnostics.report(path, nil, "this file is missing.")
            case .folder: diagnostics.report(path, nil, "this is a folder, not a file.")
            case .notRegular: diagnostics.report(path, nil, "this is not a regular file, so it was not read.")
            case .tooLarge: diagnostics.report(path, nil, tooLarge)
            case .unreadable: diagnostics.report(path, nil, "this file cannot be read; check its permissions.")
            }
            return nil
        }
    }

    static let tooLarge = "this file is larger than 1 MB; content files are short text, so it was not read."

    /// Parses one file's YAML, reporting bad bytes, a file too large or too deep, or a syntax error.
    static func parse(_ data: Data, path: String, _ diagnostics: Diagnostics) -> YAMLNode? {
        guard data.count <= largestFile else {
            diagnostics.report(path, nil, tooLarge)
            return nil
        }
        return data.withUnsafeBytes { raw -> YAMLNode? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard String(validating: bytes, as: UTF8.self) != nil else {
                diagnostics.report(path, nil, "this file is not UTF-8 text; save it again as UTF-8.")
                return nil
            }
            do throws(YAMLComposer.Failure) {
                // libyaml skips a byte-order mark itself.
                guard let root = try YAMLComposer.compose(bytes) else {
                    diagnostics.report(path, nil, "this file is empty.")
                    return nil
                }
                return root
            } catch {
                switch error {
                case .tooDeep(let line):
                    diagnostics.report(
                        path, line: line, "this is nested more than \(YAMLComposer.deepest) levels deep; content needs only a few.")
                case .tooManyValues(let line, aliases: true):
                    diagnostics.report(
                        path, line: line, "this uses aliases (*name) that grow to more than 100,000 values; content needs no aliases.")
                case .tooManyValues(let line, aliases: false):
                    diagnostics.report(
                        path, line: line, "this holds more than 100,000 values; content files are short, so it was not read.")
                case .yaml(let failure):
                    // The line the parser stopped on, for the hint; without a byte-order mark, as libyaml counts.
                    let line = failure.mark.flatMap { mark in
                        String(decoding: bytes, as: UTF8.self).trimmingPrefix("\u{FEFF}").split(
                            separator: "\n", omittingEmptySubsequences: false
                        )
                        .dropFirst(max(mark.line - 1, 0)).first
                    }
                    diagnostics.report(path, failure.mark, YAMLHints.message(failure.problem, line: line, column: failure.mark?.column))
                }
                return nil
            }
        }
    }
}
