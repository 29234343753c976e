import ArgumentParser
import Glibc
import SamePageCore
import SamePageViews
import SamePageFiles

/// A Markdown report of the results of one or two saved answers files.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report of the results of one or two saved answers files.",
        discussion:
            "With -o the report goes to a new file (never over an existing one), readable by this account only; without it, to standard output."
    )

    @Argument(help: ArgumentHelp("One answers file (a personal report) or two (a couple's report).", valueName: "FILE"))
    var files: [String]

    @Option(name: .short, help: ArgumentHelp("Write the report to this new file.", valueName: "FILE"))
    var output: String?

    @OptionGroup var content: ContentOptions

    func validate() throws {
        guard (1...2).contains(files.count) else {
            throw ValidationError("Give one answers file, or two for a couple's report.")
        }
        if files.count == 2 && sameFile(files[0], files[1]) {
            throw ValidationError("\(files[0]) and \(files[1]) are the same file; a couple's report needs each partner's own answers.")
        }
    }

    func run() throws {
        let content = try content.load()
        let sheets = try loadSheets(files, content: content)
        let results = Results(content: content, sheets: sheets, mode: sheets.count == 2 ? .couple : .solo)
        let report = ReportMarkdown(results: results, content: content, date: today()).render()
        guard let output else {
            writeAll(report, to: STDOUT_FILENO)
            return
        }
        do {
            try SafeFile.write(report, to: output, replace: .never)
        } catch {
            printError(error.sentence(content.interface))
            throw Exit.cannotCreate
        }
        printError(content.interface(.savingReportSavedIn, ["path": output]))
    }
}

/// Reads saved answers files, or says in one sentence why one cannot be used.
func loadSheets(_ paths: [String], content: Content) throws -> [AnswerSheet] {
    var sheets: [AnswerSheet] = []
    for path in paths {
        do {
            sheets.append(try AnswerFile.load(path, content: content))
        } catch {
            printError(error.sentence(content.interface))
            if case .missing = error { throw Exit.noInput }
            throw Exit.badData
        }
    }
    // A file saved with no name typed holds none (older ones hold "You"): it takes the name of its place,
    // never "You feels readier". Two people saved under the same name are told apart.
    let words = content.interface
    let fallbacks = sheets.count == 2 ? [words(.namesFallbackFirst), words(.namesFallbackSecond)] : [words(.namesFallbackSolo)]
    for index in sheets.indices where sheets[index].name.isEmpty || sheets[index].name == words(.namesFallbackSolo) {
        sheets[index].name = fallbacks[index]
    }
    let names = Names.distinct(sheets.map(\.name))
    for index in sheets.indices { sheets[index].name = names[index] }
    return sheets
}

/// Today's date as yyyy-mm-dd, for reports and default file names. The C library does this in
/// microseconds; Foundation's DateFormatter would load ICU and the time-zone database at start-up.
func today() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    var buffer = [CChar](repeating: 0, count: 16)
    let length = strftime(&buffer, buffer.count, "%Y-%m-%d", &parts)
    return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
