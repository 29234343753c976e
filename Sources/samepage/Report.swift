import ArgumentParser
import Glibc
import SamePageCore
import SamePageViews
import SamePageFiles

/// A report of the results of one or two saved answers files, or of a sample couple: Markdown, a printable
/// page (HTML), or that page as a PDF printed by a browser engine on the system.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of the results of one or two saved answers files: Markdown, a printable page, or a PDF.",
        discussion:
            "With -o the report goes to a new file (never over an existing one), readable by this account only; without it, to standard output. --pdf needs -o and a browser engine (Chromium); without one, make the page with --html, open it and print it."
    )

    @Argument(help: ArgumentHelp("One answers file (a personal report) or two (a couple's report).", valueName: "FILE"))
    var files: [String] = []

    @Option(name: .short, help: ArgumentHelp("Write the report to this new file.", valueName: "FILE"))
    var output: String?

    @Flag(help: "A printable page (HTML, self-contained) instead of Markdown.")
    var html = false

    @Flag(help: "The printable page as a PDF, made by Chromium's headless mode (needs -o).")
    var pdf = false

    @Option(
        help: ArgumentHelp(
            "The paper: letter or a4 (default for --pdf: from LC_PAPER or LANG; for --html: the browser's).", valueName: "SIZE"),
        completion: .list(["letter", "a4"]))
    var paper: Paper?

    @Option(help: ArgumentHelp("A sample couple from the content instead of answers files (see --demo).", valueName: "ID"))
    var sample: String?

    @OptionGroup var content: ContentOptions

    enum Paper: String, ExpressibleByArgument {
        case letter, a4

        /// The paper of the reader's country: Letter in the Americas that use it, A4 elsewhere.
        static var local: Paper {
            guard let country = readerLocale(from: ["LC_ALL", "LC_PAPER", "LANG"]).country else { return .letter }
            return ["US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "GT", "CR", "SV", "DO"].contains(country) ? .letter : .a4
        }

        var css: String { self == .a4 ? "A4" : "letter" }
    }

    func validate() throws {
        if sample != nil {
            guard files.isEmpty else { throw CommandLineMistake.error(.usageFilesOrSample) }
        } else {
            guard (1...2).contains(files.count) else {
                throw CommandLineMistake.error(.usageFilesCount)
            }
        }
        if files.count == 2 && sameFile(files[0], files[1]) {
            throw CommandLineMistake.error(.usageSameFileReport, ["first": files[0], "second": files[1]])
        }
        if html && pdf { throw CommandLineMistake.error(.usageHtmlOrPdf) }
    }

    func run() throws {
        let content = try content.load()
        let words = content.interface
        if pdf && output == nil {
            printError(words(.printablePdfNeedsFile))
            throw Exit.usage
        }
        let (results, chosen) = try self.results(content)
        let date = today()
        let text: String
        if html || pdf {
            let paper = pdf ? (paper ?? .local) : paper
            text = ReportHTML(results: results, content: content, date: date, sample: chosen, paper: paper?.css).render()
        } else {
            text = ReportMarkdown(results: results, content: content, date: date, sample: chosen).render()
        }
        guard let output else {
            writeAll(text, to: STDOUT_FILENO)
            return
        }
        do throws(PrintToPDF.Problem) {
            if pdf {
                try PrintToPDF.write(html: text, to: output)
            } else {
                do { try SafeFile.write(text, to: output, replace: .never) } catch { throw .file(error) }
            }
        } catch {
            switch error {
            case .noEngine: printError(words(.printablePdfNoBrowser))
            case .failed: printError(words(.printablePdfFailed))
            case .file(let problem): printError(problem.sentence(words))
            }
            throw Exit.cannotCreate
        }
        printError(words(.savingReportSavedIn, ["path": output]))
    }

    /// The results of the answers files, or of the sample couple asked for (with its guesses).
    private func results(_ content: Content) throws -> (Results, SampleCouple?) {
        guard let sample else {
            let sheets = try loadSheets(files, content: content)
            return (Results(content: content, sheets: sheets, mode: sheets.count == 2 ? .couple : .solo), nil)
        }
        guard let couple = content.samples.first(where: { $0.id == sample }) else {
            let ids = content.samples.map(\.id).joined(separator: ", ")
            printError(content.interface(.printableUnknownSample, ["id": sample, "ids": ids]))
            throw Exit.usage
        }
        return (Results(content: content, sheets: couple.sheets, mode: .couple, guesses: couple.guesses), couple)
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
