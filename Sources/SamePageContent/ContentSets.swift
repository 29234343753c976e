import FoundationEssentials
import SamePageCore

/// A content folder holds one language's set (English for the shipped one) and may hold translations:
/// complete sets with the same ids, in subfolders named by their language's two-letter code (`fr/`).
public enum ContentSets {
    /// The folders of every set in `root`: the root's own first, then its translations by code.
    public static func folders(in root: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let codes = entries.filter { name in
            name.count == 2 && name.allSatisfy { ("a"..."z").contains($0) }
                && FileManager.default.fileExists(atPath: PathText.joined(PathText.joined(root, name), "meta.yaml"))
        }.sorted()
        return [root] + codes.map { PathText.joined(root, $0) }
    }

    /// The folder of the translation into `language`, if `root` has one.
    public static func translation(in root: String, language: String) -> String? {
        folders(in: root).dropFirst().first { PathText.lastComponent($0) == language }
    }

    /// The set after `folder` among `root`'s, round again to the first; nil when there is only one.
    public static func next(after folder: String, in root: String) -> String? {
        let all = folders(in: root)
        guard all.count > 1 else { return nil }
        let index = all.firstIndex(of: folder) ?? 0
        return all[(index + 1) % all.count]
    }
}
