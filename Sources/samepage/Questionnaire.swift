import FoundationEssentials
import Glibc
import ArgumentParser
import SamePageContent
import SamePageCore
import SamePageViews
import SamePageFiles
import SamePagePlain
import SamePageTerminal

/// What the questionnaire was asked to do, from the command line: parsed by ArgumentParser (`Samepage`),
/// or for the common plain flags by `QuickArguments`, which a test holds to the same answers.
struct Questionnaire: Equatable {
    var mode: Samepage.ModeFlag?
    var plain = false
    var json = false
    var privateMode = false
    var noColor = false
    /// Print the results on leaving the full screen even when standard output is a terminal (`--print`).
    var printRequested = false

    /// Whether leaving the full screen prints the results: into a file or a pipe, or when asked. Never into
    /// a terminal's scrollback by default, where a partner could scroll back through them.
    var printsOnLeaving: Bool { printRequested || isatty(STDOUT_FILENO) != 1 }
    var save: String?
    var contentDirectory: String?
    var language: String?

    /// Colour unless --no-color or NO_COLOR (any non-empty value) says otherwise.
    var color: Bool { !noColor && (environment("NO_COLOR") ?? "").isEmpty }
}

extension Questionnaire {
    func run() throws {
        let (content, folder, root) = try ContentOptions.load(from: contentDirectory, language: language)
        if let save { try checkSavable(save, content: content) }
        if mode == .demo { return try runDemo(content) }
        let chosen = mode.map { $0 == .couple ? SessionMode.couple : .solo }
        let (keeping, store) = holdProgress(content.interface)
        var keeper = ProgressKeeper(store: store)
        // However the session ends, the progress folder goes too when nothing is left in it.
        defer { store?.removeFolderIfEmpty() }
        var resume: SessionProgress?
        switch store?.load(for: content) {
        case .progress(let progress)?:
            resume = progress
            keeper.found(progress)
        case .setAside(let aside)?: printError(content.interface(.filesProgressNote, ["note": aside.sentence(content.interface)]))
        case .nothing?, nil: break
        }
        let end: SessionEnd
        switch FrontEnd.choose(plain: plain, color: color, words: content.interface, needsUnicode: { FrontEnd.needsUnicode(content) }) {
        case .fullScreen(let terminal):
            end = runFullScreen(
                terminal, content: content, mode: chosen, resume: resume, keeping: keeping, save: save,
                printsResults: printsOnLeaving,
                languages: Languages(sets: ContentOptions.usableSets(in: root, current: folder), current: folder), keeper: &keeper)
        case .plain(let reason):
            if let reason { printError(content.interface(.endingLineByLine, ["reason": reason])) }
            let prompts = json ? STDERR_FILENO : STDOUT_FILENO
            var session = PlainSession(content: content, io: .standard(promptsTo: prompts), keeping: keeping)
            switch session.run(
                mode: chosen, resume: resume,
                onProgress: {
                    keeper.apply($0); return keeper.problem?.cause(content.interface)
                })
            {
            case .quit: end = .quit
            case .quitDiscarding: end = .quitDiscarding
            case .inputEnded:
                let words = content.interface
                printError(
                    keeper.store == nil ? words(.endingInputEndedNothing) : words(.endingInputEnded, ["kept": keeper.whatWasKept(words)]))
                throw Exit.quit
            case .finished(let snapshot): end = .finished(snapshot.results, sheets: snapshot.sheets)
            }
            // Line by line, the results are the end of the conversation itself.
            try finish(end, content: content, print: true, spoken: true, keeper: &keeper)
            guard case .finished(let results, let sheets, _, _) = end else { return }
            if !json { offerRest(of: results, content: content, prompts: prompts) }
            if isatty(STDIN_FILENO) == 1 && !privateMode {
                offerSaves(results: results, sheets: sheets, content: content, prompts: prompts)
            }
            return
        }
        try finish(end, content: content, print: printsOnLeaving, keeper: &keeper)
    }

    /// Whether progress can be kept, and the store to keep it in. Progress is kept only for a person at a
    /// keyboard (a piped script starts fresh every time), and only by one copy per account at a time: the
    /// folder lock is held until this process exits.
    private func holdProgress(_ words: InterfaceText) -> (Keeping, ProgressStore?) {
        if privateMode { return (.impossible(.privateMode), nil) }
        if isatty(STDIN_FILENO) != 1 { return (.impossible(.pipedInput), nil) }
        guard let store = ProgressStore.standard() else {
            return (.impossible(.unwritable(words(.endingNoHome))), nil)
        }
        switch store.lock() {
        case .held: return (.possible(path: store.shownPath(home: environment("HOME"))), store)
        case .busy: return (.impossible(.otherSession), nil)
        case .unusable(let problem): return (.impossible(.unwritable(problem.reasonWithPath(words))), nil)
        }
    }

    /// The demo: full screen when it can be, else every sample couple's results printed at once. Nothing is
    /// written to disk, and leaving is not a failure.
    private func runDemo(_ content: Content) throws {
        if !json,
            case .fullScreen(let terminal) = FrontEnd.choose(
                plain: plain, color: color, words: content.interface,
                needsUnicode: { FrontEnd.needsUnicode(content) })
        {
            var keeper = ProgressKeeper(store: nil)
            _ = runFullScreen(
                terminal, content: content, mode: nil, resume: nil, keeping: .impossible(.privateMode),
                demo: true, keeper: &keeper)
            return
        }
        guard !content.samples.isEmpty else {
            printError(content.interface(.endingDemoNoSamples, ["file": ContentLoader.samplesFile]))
            throw Exit.badData
        }
        let all = content.samples.map { ($0, Results(content: content, sheets: $0.sheets, mode: .couple, guesses: $0.guesses)) }
        let text =
            json
            ? JSONValue.array(
                all.map { couple, results in
                    .object(["id": .string(couple.id), "title": .string(couple.title), "results": results.json(content: content)])
                }
            ).serialized()
            : all.enumerated().map { index, pair in
                content.interface(.endingDemoHeading, ["number": String(index + 1), "total": String(all.count), "title": pair.0.title])
                    + "\n\(pair.0.about)\n"
                    + ResultsText(results: pair.1, content: content).render()
            }.joined(separator: "\n")
        writeAll(text, to: STDOUT_FILENO)
    }

    /// Prints the results when `print` says so (and saves answers when asked), or says what happened to the
    /// answers so far.
    private func finish(_ end: SessionEnd, content: Content, print: Bool, spoken: Bool = false, keeper: inout ProgressKeeper) throws {
        let words = content.interface
        switch end {
        case .leftDemo:
            return
        case .quickExit:
            keeper.discard()
            throw Exit.quit
        case .quit:
            printError(words(.endingQuit, ["kept": keeper.whatWasKept(words)]))
            throw Exit.quit
        case .quitDiscarding:
            keeper.discard()
            printError(words(.endingQuitDiscarded))
            throw Exit.quit
        case .signal(let signal):
            printError(words(.endingStopped, ["kept": keeper.whatWasKept(words)]))
            throw ExitCode(128 + signal)
        case .finished(let results, let sheets, let signal, var savedTo):
            Signals.holdUntilExit()
            var saveProblem: FileProblem?
            if savedTo == nil, let save {
                do throws(FileProblem) {
                    try AnswerFile.save(sheets[0].forSaving(content), identity: content.identity, to: save)
                    savedTo = save
                } catch {
                    saveProblem = error
                }
            }
            if print { printResults(results, content: content, json: json, spoken: spoken) }
            // A person at the keyboard is asked for another name rather than left empty-handed.
            let ask = saveProblem != nil && signal == nil && isatty(STDIN_FILENO) == 1
            if ask, let saveProblem, let path = askAnotherName(for: sheets[0], content: content, after: saveProblem) {
                savedTo = path
            } else if let saveProblem {
                // What was kept stays until --save is written, so the answers are not only in memory.
                if !ask { printError(saveProblem.sentence(words)) }
                printError(words(keeper.isUpToDate ? .endingStillKept : .endingNotSaved))
                throw signal.map { ExitCode(128 + $0) } ?? Exit.cannotCreate
            }
            // The results are not progress: what was kept goes now that every file asked for is written.
            keeper.discard()
            if let savedTo { printError(words(.endingSavedIn, ["path": PathText.absolute(savedTo, from: workingFolder())])) }
            if let signal { throw ExitCode(128 + signal) }
            // Everything asked for is written; Ctrl-C and the rest may end the offer of saves that follows.
            Signals.release()
        }
    }

    /// After the `--save` file could not be written (it appeared meanwhile), asks a person at the keyboard for
    /// another name until one works; nil when they press Enter to leave the answers unsaved, or input ends.
    private func askAnotherName(for sheet: AnswerSheet, content: Content, after problem: FileProblem) -> String? {
        Signals.release()
        defer { Signals.holdUntilExit() }
        var problem = problem
        while true {
            printError(problem.sentence(content.interface))
            writeAll(content.interface(.endingAnotherName) + " ", to: STDERR_FILENO)
            guard let typed = readLine()?.trimmedText, !typed.isEmpty else { return nil }
            do throws(FileProblem) {
                try AnswerFile.save(sheet.forSaving(content), identity: content.identity, to: typed)
                return typed
            } catch {
                problem = error
            }
        }
    }

    /// Fails before any question is asked when the answers could not be saved at the end.
    private func checkSavable(_ path: String, content: Content) throws {
        // A link counts as there even when it points nowhere: saving never writes through or over one.
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        if isLink || FileManager.default.fileExists(atPath: path) {
            printError(FileProblem.exists(path).sentence(content.interface))
            throw Exit.cannotCreate
        }
        let folder = PathText.folder(path)
        if !FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) {
            printError(content.interface(.endingNoFolder, ["path": path]))
            throw Exit.cannotCreate
        }
        SafeFile.removeLeftovers(of: path)
    }
}

/// Prints the results to standard output; false when they could not all be written (a closed window).
@discardableResult
func printResults(_ results: Results, content: Content, json: Bool, spoken: Bool = false) -> Bool {
    guard !json else { return writeAll(results.json(content: content).serialized(), to: STDOUT_FILENO) }
    return printText(results, content: content, form: spoken ? .heard : .printed)
}

@discardableResult
private func printText(_ results: Results, content: Content, form: ResultsText.Form) -> Bool {
    var text = ResultsText(results: results, content: content)
    text.width = printedWidth()
    text.form = form
    return writeAll(text.render(), to: STDOUT_FILENO)
}

/// Line by line, after the results heard: `more` reads what they left out (each worry's note, every card in
/// full, every service). Enter, or the end of the input, finishes.
private func offerRest(of results: Results, content: Content, prompts: Int32) {
    let words = content.interface
    writeAll("\n" + words(.plainResultsMore), to: prompts)
    guard readLine()?.trimmedText.lowercased() == words(.plainMoreWord).lowercased() else { return }
    printText(results, content: content, form: .heardRest)
}

/// The width printed results wrap at: the terminal's, less a margin, when standard output is one (`compare`
/// in a narrow or a wide window); 78 for a file or a pipe, so what is saved reads the same everywhere.
func printedWidth() -> Int {
    var size = winsize()
    guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 78 }
    return max(Int(size.ws_col) - 2, 20)
}

extension FileProblem {
    /// The place and the cause, for a sentence that says why progress cannot be kept.
    func reasonWithPath(_ words: InterfaceText) -> String {
        if case .cannotWrite(let path, ENOTDIR) = self { return words(.filesNotAFolder, ["path": path]) }
        if case .cannotWrite(let path, let code) = self {
            return words(.filesPathCause, ["path": path, "cause": String(cString: strerror(code))])
        }
        return sentence(words)
    }
}
