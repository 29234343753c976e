import Foundation

/// Places in this repository, for tests that read what it ships.
public enum Repository {
    /// The shipped content folder (`content/`).
    public static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../content").standardized.path
}
