import FoundationEssentials
import Glibc

/// Reads a file that came from outside with a cap on its size, and never waits on one that is not a
/// regular file (a named pipe, a device), so no file can make samepage hang or fill its memory.
public enum FileBytes {
    public enum Failure: Error, Equatable {
        case missing, folder, notRegular, tooLarge
        /// The system's error number, for its own words.
        case unreadable(Int32)
    }

    /// The bytes of `path`, if it is a regular file of at most `largest` bytes (checked before reading,
    /// and again while reading in case it grows). Sized from `fstat`, so a file is read in one call.
    public static func read(_ path: String, largest: Int) throws(Failure) -> Data {
        // O_NONBLOCK: opening a named pipe with no writer would otherwise wait for ever.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing }
            if code == EISDIR { throw .folder }
            throw .unreadable(code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .folder
        default: throw .notRegular
        }
        guard info.st_size <= largest else { throw .tooLarge }
        // One byte more than the size, so reaching the end takes no second buffer unless the file grew.
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= largest else { throw .tooLarge }
                data.count = min(data.count * 2, largest + 1)
            }
            let count = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(errno) }
            if count == 0 { break }
            filled += count
        }
        guard filled <= largest else { throw .tooLarge }
        data.count = filled
        return data
    }
}
