import FoundationEssentials
import SamePageCore

/// The shipped content as Swift code, read and checked from `content/` when the code was written
/// (`ShippedContent+Value.swift`, made by `make snapshot`). Reading and checking the YAML is most of
/// samepage's start-up (BENCHMARKS.md); this copy is used only when a folder's files are, byte for
/// byte, the ones it was made from, so it can never stand in for other content. A stale copy is simply
/// not used, and a test fails until it is made again.
enum ShippedContent {
    /// A file the copy was made from: its name, size and FNV-1a hash.
    struct File: Equatable {
        var name: String
        var size: Int
        var digest: UInt64
    }

    /// The built-in content, when `files` (as read from a folder) are exactly its files.
    static func matching(_ files: [(name: String, data: Data)]) -> Content? {
        guard files.count == self.files.count else { return nil }
        for file in self.files {
            guard let data = files.first(where: { $0.name == file.name })?.data, data.count == file.size,
                  data.withUnsafeBytes(FNV1a.hashWords) == file.digest
            else { return nil }
        }
        return content()
    }

    /// What `files` would be recorded as, sorted by name.
    static func record(of files: [(name: String, data: Data)]) -> [File] {
        files.map { File(name: $0.name, size: $0.data.count, digest: $0.data.withUnsafeBytes(FNV1a.hashWords)) }
            .sorted { $0.name < $1.name }
    }
}
