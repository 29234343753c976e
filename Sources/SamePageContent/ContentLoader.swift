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
        var roots: [String: Node] = [:]
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            if let root = parse(path, diagnostics) { roots[name] = root }
        }
        var reader = ContentReader(directory: directory, diagnostics: diagnostics)
        let content = reader.read(roots)
        guard diagnostics.issues.isEmpty, let content else {
            throw ContentErrors(issues: diagnostics.issues)
        }
        return content
    }

    /// Reads one file and parses its YAML, reporting a missing file, bad bytes or a syntax error.
    static func parse(_ path: String, _ diagnostics: Diagnostics) -> Node? {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            diagnostics.report(path, nil, exists ? "this file cannot be read; check its permissions." : "this file is missing.")
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            diagnostics.report(path, nil, "this file is not UTF-8 text; save it again as UTF-8.")
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        do {
            guard let root = try Yams.compose(yaml: text) else {
                diagnostics.report(path, nil, "this file is empty.")
                return nil
            }
            return root
        } catch let error as YamlError {
            diagnostics.report(path, error.mark, "this is not valid YAML: \(error.problem).")
        } catch {
            diagnostics.report(path, nil, "this is not valid YAML.")
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
