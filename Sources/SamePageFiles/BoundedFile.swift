import FoundationEssentials

/// An answers or progress file read with a cap on its size; each way it can fail is one sentence.
enum BoundedFile {
    static func read(_ path: String, largest: Int, tooLarge: FileProblem.Reason) throws(FileProblem) -> Data {
        do {
            return try FileBytes.read(path, largest: largest)
        } catch {
            switch error {
            case .missing: throw .missing(path)
            case .folder: throw .invalid(path, .folder)
            case .notRegular: throw .invalid(path, .notRegular)
            case .tooLarge: throw .invalid(path, tooLarge)
            case .unreadable(let code): throw .unreadable(path, code)
            }
        }
    }
}
