import FoundationEssentials
import Glibc
import SamePageCore

/// The shipped content as Swift code, read and checked from `content/` at build time (the EmbedContent
/// plugin writes `sets`, with each file's exact bytes, into the build folder; nothing generated is kept in
/// `Sources/`). Reading and checking the YAML was most of samepage's start-up (BENCHMARKS.md); this copy is
/// used only when a folder's files are, byte for byte, the ones it was made from, so it can never stand in
/// for other content, an installed copy a therapist edited included.
public enum ShippedContent {
    /// A file the copy was made from, with its exact bytes (the UTF-8 of a string literal).
    struct File {
        var name: String
        var bytes: StaticString
    }

    /// One language's set: its files, and the content read from them.
    struct Set: Sendable {
        var files: [File]
        var content: @Sendable () -> Content
    }

    /// The id and version the shipped content goes by (`meta.yaml`), which an edited copy should not keep.
    public static var identity: ContentIdentity? { sets.first?.content().identity }

    /// The built-in set in `language`, whatever folder is in use: the words for a command line too wrong to
    /// say which content it meant.
    public static func set(language: String) -> Content? {
        sets.lazy.map { $0.content() }.first { $0.interface.language == language }
    }

    /// The built-in content, when `files` (as read from a folder) are exactly the files of one of the sets,
    /// byte for byte.
    public static func matching(_ files: [(name: String, data: Data)]) -> Content? {
        sets.first { $0.files.count == files.count && $0.files.allSatisfy { same(files, $0) } }?.content()
    }

    private static func same(_ files: [(name: String, data: Data)], _ file: File) -> Bool {
        guard let data = files.first(where: { $0.name == file.name })?.data, data.count == file.bytes.utf8CodeUnitCount else {
            return false
        }
        return data.withUnsafeBytes { $0.isEmpty || memcmp($0.baseAddress!, file.bytes.utf8Start, $0.count) == 0 }
    }
}
