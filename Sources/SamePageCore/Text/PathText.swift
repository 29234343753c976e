/// File paths as text, the few operations samepage needs, without Foundation's path types.
public enum PathText {
    /// `folder/name`, with one slash between them.
    public static func joined(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The last part of a path: `b.yaml` for `a/b.yaml` (trailing slashes ignored).
    public static func lastComponent(_ path: String) -> String {
        if let last = path.split(separator: "/").last { return String(last) }
        return path.isEmpty ? "" : "/"
    }

    /// The folder part of a file's path: `a` for `a/b.yaml`, `/` for `/b.yaml`, empty for `b.yaml`.
    public static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The path from the root: a relative one is taken from `folder` (the working folder), so a sentence
    /// that says where a file was saved names its folder too.
    public static func absolute(_ path: String, from folder: String) -> String {
        path.hasPrefix("/") || folder.isEmpty ? path : standardized(joined(folder, path))
    }

    /// The path with `.` and `..` worked out from its text alone (links are not followed).
    public static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part != ".." || !path.hasPrefix("/") {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }
}
