import Glibc
import ArgumentParser
import SamePageContent
import SamePageShipped
import SamePageCore
import SamePageViews

/// `--json`, shared by the questionnaire and `compare`. A subcommand must declare the same option group
/// as its parent to receive a flag the parent also has.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print the results as JSON on standard output; anything else goes to standard error.")
    var json = false
}

/// `--content DIR` and `--lang CODE`, and where the content is found without them.
struct ContentOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: ArgumentHelp("Use the content in this folder (a copy you edited).", valueName: "DIR"))
    var directory: String?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp("The language: en or fr (default: from LC_ALL, LC_MESSAGES or LANG, else English).", valueName: "CODE"),
        completion: .list(["en", "fr"]))
    var language: String?

    /// Loads and validates the content, or says in one line per issue what is wrong and exits 65.
    func load() throws -> Content { try Self.load(from: directory, language: language).content }

    /// The content in `language` (`--lang`), else in the reader's language when the folder has it, else the
    /// folder's own set; the folder it came from, and the content folder it is in. A language asked for by name
    /// that is not there is a command-line mistake (exit 2).
    static func load(from directory: String?, language: String?) throws -> (content: Content, folder: String, root: String) {
        let root = directory ?? defaultFolder()
        let wanted = language ?? readerLocale().language
        let folder = wanted.flatMap { ContentSets.translation(in: root, language: $0) } ?? root
        // A translation the locale chose that cannot be used gives way to the folder's own set, said once.
        if language == nil, folder != root, loadQuietly(folder, root: root) == nil {
            let content = try loadSet(root)
            printError(content.interface(.endingTranslationBroken, ["folder": folder, "root": root]))
            return (content, root, root)
        }
        let content = try loadSet(folder, root: root)
        if let language, content.interface.language != language {
            let have = [content.interface.language] + ContentSets.folders(in: root).dropFirst().map(PathText.lastComponent)
            printError(
                content.interface(.usageNoLanguage, ["language": language, "folder": root, "languages": have.joined(separator: ", ")]))
            throw Exit.usage
        }
        return (content, folder, root)
    }

    /// Another set while the screen is open: nil, and nothing printed, when it cannot be used.
    static func loadQuietly(_ folder: String, root: String) -> Content? {
        try? loadSet(folder, root: root, quietly: true)
    }

    /// The sets `l` can switch between: those that load, the one in use among them.
    static func usableSets(in root: String, current: String) -> [String] {
        ContentSets.folders(in: root).filter { $0 == current || loadQuietly($0, root: root) != nil }
    }

    /// One set, loaded and checked (a translation held to its folder's name), its support lines in the
    /// reader's order.
    static func loadSet(_ folder: String, root: String? = nil, quietly: Bool = false) throws -> Content {
        do {
            let content =
                folder == (root ?? folder)
                ? try ContentLoader.load(from: folder, builtIn: ShippedContent.matching)
                : try ContentSets.load(translation: folder, builtIn: ShippedContent.matching)
            return inReadersOrder(content)
        } catch {
            if quietly { throw Exit.badData }
            printError(error.description)
            printError("samepage cannot start until the content is fixed (see `samepage validate \(folder)`).")
            throw Exit.badData
        }
    }

    /// The support lines of the reader's own region first, in the language of the words shown: `--lang fr`
    /// under C.UTF-8 names no language and no country. French with no country means Canada, since the French
    /// set is written for Québec and the rest of Canada.
    private static func inReadersOrder(_ content: Content) -> Content {
        var content = content
        let language = content.interface.language
        let country = readerLocale().country ?? (language == "fr" ? "CA" : nil)
        content.checkIn = content.checkIn.ordered(language: language, country: country)
        return content
    }

    /// `$SAMEPAGE_CONTENT`, then `share/samepage/content` beside the real executable (`/usr/bin/samepage`
    /// finds `/usr/share/samepage/content`), then, for a development build run from the repository's
    /// `.build` folder only, the repository's `content/`. Never the current folder.
    static func defaultFolder() -> String {
        if let folder = environment("SAMEPAGE_CONTENT"), !folder.isEmpty { return folder }
        let binary = executablePath()
        // Shown in messages as installed (PREFIX/share/...), even where a link points elsewhere.
        let beside = PathText.standardized(PathText.folder(binary) + "/../share/samepage/content")
        if realPath(beside) != nil { return beside }
        if let repository = realPath(PathText.folder(#filePath) + "/../.."), binary.hasPrefix(repository + "/.build/") {
            return repository + "/content"
        }
        return beside
    }

    /// The path with every link and `..` resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The running program's own file with its links resolved: `/proc/self/exe`, else argv[0] when it is a
    /// path, else the first match on `PATH` (a program started by name); never a guess from the current folder.
    static func executablePath() -> String {
        if let real = realPath("/proc/self/exe") { return real }
        let name = CommandLine.arguments.first ?? "samepage"
        if name.contains("/") { return realPath(name) ?? name }
        let path = environment("PATH") ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return realPath(candidate) ?? candidate }
        }
        return name
    }
}

/// The reader's language and country from the first of `variables` that is set ("fr_CA.UTF-8" gives fr and
/// CA): by default `LC_ALL`, `LC_MESSAGES` or `LANG`, so that the support lines of their own region come first.
func readerLocale(from variables: [String] = ["LC_ALL", "LC_MESSAGES", "LANG"]) -> (language: String?, country: String?) {
    let name = variables.lazy.compactMap(environment).first { !$0.isEmpty } ?? ""
    let base = name.prefix { $0 != "." && $0 != "@" }
    let parts = base.split(separator: "_")
    guard let language = parts.first, language.count == 2 else { return (nil, nil) }
    return (String(language), parts.count > 1 ? String(parts[1]).uppercased() : nil)
}

/// Every message to standard error passes here, so text quoted from a file or the command line is shown,
/// never run by the terminal.
func printError(_ message: String) {
    writeAll(SafeText.shown(message, keepingLines: true) + "\n", to: STDERR_FILENO)
}
