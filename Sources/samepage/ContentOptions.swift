import ArgumentParser
import Foundation
import SamePageContent
import SamePageCore

/// `--json`, shared by the questionnaire and `compare`. A subcommand must declare the same option group
/// as its parent to receive a flag the parent also has.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print the results as JSON on standard output (prompts then go to standard error).")
    var json = false
}

/// `--content DIR`, and where the content is found without it.
struct ContentOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: ArgumentHelp("Use the content in this folder (a copy you edited).", valueName: "DIR"))
    var directory: String?

    /// Loads and validates the content, or says in one line per issue what is wrong and exits 65.
    func load() throws -> Content {
        let folder = directory ?? Self.defaultFolder()
        do {
            return try ContentLoader.load(from: folder)
        } catch {
            printError(error.description)
            printError("samepage cannot start until the content is fixed (see `samepage validate \(folder)`).")
            throw Exit.badData
        }
    }

    /// `$SAMEPAGE_CONTENT`, then `share/samepage/content` beside an installed binary, then the source tree.
    static func defaultFolder() -> String {
        if let folder = ProcessInfo.processInfo.environment["SAMEPAGE_CONTENT"], !folder.isEmpty { return folder }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let installed = binary.deletingLastPathComponent().appendingPathComponent("../share/samepage/content").standardized.path
        if FileManager.default.fileExists(atPath: installed) { return installed }
        // A development build: the repository's content/ folder, found from this source file's path.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardized.path
    }
}

/// Every message to standard error passes here, so text quoted from a file or the command line is shown,
/// never run by the terminal.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((SafeText.shown(message, keepingLines: true) + "\n").utf8))
}
