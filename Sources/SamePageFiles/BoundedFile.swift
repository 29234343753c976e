import FoundationEssentials


/// An answers or progress file read with a cap on its size; each way it can fail is one sentence.
enum BoundedFile {
    static func read(_ path: String, largest: Int, tooLarge: String) throws(FileProblem) -> Data {
        do {
            return try FileBytes.read(path, largest: largest)
        } catch {
            switch error {
            case .missing: throw .missing(path)
            case .folder: throw .invalid(path, "is a folder, not an answers file.")
            case .notRegular: throw .invalid(path, "is not a regular file, so it was not read.")
            case .tooLarge: throw .invalid(path, tooLarge)
            case .unreadable(let code): throw .unreadable(path, code)
            }
        }
    }
}
