import SamePageCore
import SamePageFiles

/// Keeps an unfinished session's progress on disk as it changes, and forgets it when the session ends
/// well. With `--private` there is no store and it does nothing.
struct ProgressKeeper {
    let store: ProgressStore?
    private var saved: SessionProgress?
    /// The first problem saving, reported once when the session ends.
    private(set) var problem: FileProblem?

    init(store: ProgressStore?) { self.store = store }

    /// Whether there is progress on disk to come back to.
    var hasSaved: Bool { saved != nil }

    /// Writes progress that changed since the last write, or deletes what is kept.
    mutating func apply(_ change: ProgressChange?) {
        switch change {
        case .keep(let progress)?:
            guard let store, progress != saved else { return }
            do {
                try store.save(progress)
                saved = progress
            } catch {
                problem = problem ?? error
            }
        case .clear?:
            if store != nil && !cleared { discard() }
        case nil:
            break
        }
    }

    private var cleared = false

    /// Deletes the progress file: the session finished, was discarded, or ended by the quick exit.
    mutating func discard() {
        store?.delete()
        saved = nil
        cleared = true
    }
}
