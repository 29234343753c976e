import FoundationEssentials
import SamePageCore
import SamePageViews
import SamePageFiles

/// Keeps an unfinished session's progress on disk as it changes, and forgets it when the session ends
/// well. Without a store (`--private`, piped input, another copy open, an unusable folder) it does nothing.
/// What it says about the disk is what the last write did: "kept" only after a write that worked.
struct ProgressKeeper {
    let store: ProgressStore?
    /// What the last write that worked put on disk.
    private var onDisk: SessionProgress?
    /// Why the last write failed; nil once a write works again.
    private(set) var problem: FileProblem?

    init(store: ProgressStore?) { self.store = store }

    /// The unfinished session found on disk at the start: it is there until something replaces or deletes it.
    mutating func found(_ progress: SessionProgress) { onDisk = progress }

    /// True when the answers given so far are on disk as they are now.
    var isUpToDate: Bool { onDisk != nil && problem == nil }

    /// Writes progress that changed since the last write (or retries one that failed), or deletes what is kept.
    mutating func apply(_ change: ProgressChange?) {
        switch change {
        case .keep(let progress)?:
            guard let store, progress != onDisk || problem != nil else { return }
            do {
                try store.save(progress)
                onDisk = progress
                problem = nil
            } catch {
                problem = error
            }
        case .clear?:
            discard()
        case nil:
            break
        }
    }

    /// Deletes the progress file: the session finished, was discarded, or ended by the quick exit.
    mutating func discard() {
        guard let store else { return }
        store.delete()
        onDisk = nil
        problem = nil
    }

    /// What happened to the answers of a session that ended before the results, checked against the disk.
    func whatWasKept(_ words: InterfaceText) -> String {
        guard let store else { return words(.endingNothingSaved) }
        if isUpToDate { return words(.endingKeptSoFar, ["path": store.path]) }
        guard let problem else { return words(.endingNothingSaved) }
        let earlier =
            FileManager.default.fileExists(atPath: store.path) ? words(.endingEarlierCopy, ["path": store.path]) : words(.endingNothingKept)
        return words(.endingLatestNotKept, ["cause": problem.cause(words), "then": earlier])
    }
}
