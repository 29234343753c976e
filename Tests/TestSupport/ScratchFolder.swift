import Foundation
import Synchronization

/// A temporary folder for one test, removed with every other one when the test process ends, so a run
/// leaves nothing behind in `$TMPDIR` (a test that fails keeps its folder only while the run lasts).
public enum ScratchFolder {
    private static let made = Mutex<[String]>([])
    private static let emptied = Mutex<Set<String>>([])

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

    /// A folder a tool makes in the temporary directory (tmux's `tmux-UID`), removed at the end if it is
    /// empty then: it may hold another program's files (a person's own tmux), which are never touched.
    public static func removeIfEmptyAtEnd(_ folder: String) {
        let first = emptied.withLock { $0.insert(folder).inserted && $0.count == 1 }
        if first { atexit { ScratchFolder.removeEmpty() } }
    }

    /// Removes every folder made, whatever a test left in it (an unreadable subfolder included).
    static func removeAll() {
        for folder in made.withLock({ $0 }) {
            _ = try? FileManager.default.removeItem(atPath: folder)
        }
    }

    static func removeEmpty() {
        for folder in emptied.withLock({ $0 }) { rmdir(folder) }
    }
}
