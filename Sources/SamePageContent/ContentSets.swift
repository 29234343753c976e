import Glibc
import SamePageCore

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
                var info = stat()
                if name.count == 2, name.allSatisfy({ ("a"..."z").contains($0) }),
                   stat(PathText.joined(PathText.joined(root, name), "meta.yaml"), &info) == 0 {
                    codes.append(name)
                }
            }
        }
        return [root] + codes.sorted().map { PathText.joined(root, $0) }
    }

    /// The folder of the translation into `language`, if `root` has one.
    public static func translation(in root: String, language: String) -> String? {
        folders(in: root).dropFirst().first { PathText.lastComponent($0) == language }
    }
}
