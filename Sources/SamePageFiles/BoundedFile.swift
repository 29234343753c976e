import Foundation

/// Reads a file that came from outside with a cap on its size, and never waits on one that is not a
/// regular file (a named pipe, a device), so no file can make samepage hang or fill its memory.
enum BoundedFile {
    /// The bytes of `path`, or a one-sentence problem when it is missing, unreadable, not a regular file,
    /// or larger than `largest` bytes (checked before reading, and again while reading if it grows).
    static func read(_ path: String, largest: Int, tooLarge: String) throws(FileProblem) -> Data {
        // O_NONBLOCK: opening a named pipe with no writer would otherwise wait for ever.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path) }
            if code == EISDIR { throw .invalid(path, "is a folder, not an answers file.") }
            throw .unreadable(path, code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .invalid(path, "is a folder, not an answers file.")
        default: throw .invalid(path, "is not a regular file, so it was not read.")
        }
        guard info.st_size <= largest else { throw .invalid(path, tooLarge) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= largest {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path, errno) }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
        throw .invalid(path, tooLarge)
    }
}
