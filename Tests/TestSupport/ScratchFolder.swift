import Foundation
import Synchronization

/// A temporary folder for one test, removed with every other one when the test process ends, so a run
/// leaves nothing behind in `$TMPDIR` (a test that fails keeps its folder only while the run lasts).
public enum ScratchFolder {
    private static let made = Mutex<[String]>([])

    /// A new empty folder named `prefix-<uuid>` in the temporary directory.
    public static func make(_ prefix: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let first = made.withLock { folders in
            folders.append(folder)
            return folders.count == 1
        }
        if first { atexit { ScratchFolder.removeAll() } }
        return folder
    }

    /// Removes every folder made, whatever a test left in it (an unreadable subfolder included).
    static func removeAll() {
        for folder in made.withLock({ $0 }) {
            _ = try? FileManager.default.removeItem(atPath: folder)
        }
    }

}
