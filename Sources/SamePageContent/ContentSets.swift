import Glibc
import SamePageCore
import SamePageFiles

/// A content folder holds one language's set (English for the shipped one) and may hold translations:
/// complete sets with the same ids, in subfolders named by their language's two-letter code (`fr/`).
public enum ContentSets {
    /// The folders of every set in `root`: the root's own first, then its translations by code.
    public static func folders(in root: String) -> [String] {
        // The C library's directory calls: this runs at every start, and they touch far less code.
        var codes: [String] = []
        if let directory = opendir(root) {
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                // Every two-letter folder is a translation, readable or not: one that cannot be read is
                // reported when it is loaded, never passed over as if it were not there.
                var info = stat()
                if name.count == 2, name.allSatisfy({ ("a"..."z").contains($0) }),
                    stat(PathText.joined(root, name), &info) == 0, info.st_mode & S_IFMT == S_IFDIR
                {
                    codes.append(name)
                }
            }
        }
        return [root] + codes.sorted().map { PathText.joined(root, $0) }
    }

    /// A translation's set, loaded and checked, and held to its folder's name: a copy of the English files
    /// in `fr/` (how a translator may start) is named as such, with what to do.
    public static func load(translation folder: String, builtIn: ContentLoader.BuiltIn? = nil) throws(ContentErrors) -> Content {
        let content = try ContentLoader.load(from: folder, builtIn: builtIn)
        let code = PathText.lastComponent(folder), language = content.interface.language
        guard language == code else {
            let file = PathText.joined(folder, "interface.yaml")
            throw ContentErrors(issues: [
                ContentIssue(
                    file: file, line: line(of: "language:", in: file),
                    message:
                        "'language' is '\(language)', but this translation's folder is named '\(code)': set 'language: \(code)' and translate its texts, or remove the folder."
                )
            ])
        }
        return content
    }

    /// The first line of `file` that starts with `prefix` (1-based), for a message that points at it.
    public static func line(of prefix: String, in file: String) -> Int? {
        guard let data = try? FileBytes.read(file, largest: 1_048_576) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.drop { $0 == " " }.hasPrefix(prefix) }.map { $0 + 1 }
    }

    /// The folder of the translation into `language`, if `root` has one.
    public static func translation(in root: String, language: String) -> String? {
        folders(in: root).dropFirst().first { PathText.lastComponent($0) == language }
    }
}
