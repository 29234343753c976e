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
            var content = try ContentLoader.load(from: folder)
            let (language, country) = readerLocale()
            content.checkIn = content.checkIn.ordered(language: language, country: country)
            return content
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

/// The reader's language and country from `LC_ALL`, `LC_MESSAGES` or `LANG` ("fr_CA.UTF-8" gives fr and CA),
/// so that the support lines of their own region come first.
func readerLocale() -> (language: String?, country: String?) {
    let environment = ProcessInfo.processInfo.environment
    let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    let base = name.prefix { $0 != "." && $0 != "@" }
    let parts = base.split(separator: "_")
    guard let language = parts.first, language.count == 2 else { return (nil, nil) }
    return (String(language), parts.count > 1 ? String(parts[1]).uppercased() : nil)
}

func printError(_ message: String) {
    writeAll(message + "\n", to: STDERR_FILENO)
}
