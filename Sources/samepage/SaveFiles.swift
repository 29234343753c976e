import FoundationEssentials
import Glibc
import SamePageCore
import SamePageViews
import SamePageFiles

/// Writes what a person asked to save from the results, in either front end: private (0600), atomic, and
/// never over an existing file. Returns the sentence to show and whether everything was saved.
func write(_ request: SaveRequest, results: Results, sheets: [AnswerSheet], content: Content, date: String) -> (String, Bool) {
    var files: [(String, String)] = []
    switch request.kind {
    case .report:
        files = [(request.path, ReportMarkdown(results: results, content: content, date: date).render())]
    case .printable:
        files = [(request.path, ReportHTML(results: results, content: content, date: date).render())]
    case .answers:
        let paths = sheets.map { SaveForm.path(request.path, name: $0.name) }
        guard Set(paths).count == paths.count else {
            return (content.interface(.savingSameName, ["marker": SaveForm.nameMarker]), false)
        }
        files = zip(paths, sheets).map { ($0, AnswerFile.encode($1.forSaving(content), identity: content.identity)) }
    }
    // Check every target first, so a pair of answer files is saved whole or not at all.
    for (path, _) in files
    where FileManager.default.fileExists(atPath: path)
        || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    {
        // By its whole path, so the sentence says which folder already holds it.
        return (FileProblem.exists(PathText.absolute(path, from: workingFolder())).sentence(content.interface), false)
    }
    var saved: [String] = []
    for (path, text) in files {
        do {
            try SafeFile.write(text, to: path, replace: .never)
            saved.append(path)
        } catch {
            return (error.sentence(content.interface), false)
        }
    }
    let words = content.interface
    // Each file by its whole path, so the sentence says which folder it is in.
    let folder = workingFolder()
    let shown = saved.map { PathText.absolute($0, from: folder) }
    let paths = shown.count == 2 ? words(.summaryListLast, ["first": shown[0], "last": shown[1]]) : shown.joined()
    return (words(.savingSavedIn, ["paths": paths]), true)
}

/// After line-by-line results, a person at a keyboard is offered the same saves as on the results screen.
/// A piped script is never asked, and an empty line or the end of input finishes.
func offerSaves(results: Results, sheets: [AnswerSheet], content: Content, prompts: Int32) {
    let say = { (text: String) -> Void in writeAll(SafeText.shown(text, keepingLines: true), to: prompts) }
    let words = content.interface
    let date = today()
    while true {
        say("\n" + words(.savingOffer) + " ")
        guard let choice = readLine()?.trimmedText, !choice.isEmpty else { return }
        let kind: SaveForm.Kind
        switch choice.lowercased() {
        case "r": kind = .report
        case "p": kind = .printable
        case "a": kind = .answers
        default:
            say(words(.savingOfferAgain) + "\n")
            continue
        }
        let fallback = SaveForm.defaultPath(kind, date: date)
        if kind == .answers && sheets.count == 2 { say(words(.savingMarkerNote, ["marker": SaveForm.nameMarker]) + "\n") }
        say(words(.savingFileName, ["default": fallback]) + " ")
        guard let typed = readLine()?.trimmedText else { return }
        let (sentence, _) = write(
            SaveRequest(kind: kind, path: typed.isEmpty ? fallback : typed), results: results,
            sheets: sheets, content: content, date: date)
        say(sentence + "\n")
    }
}

extension AnswerSheet {
    /// A name samepage gave because none was typed ("You", "Partner A") is saved empty, so the file reads in
    /// the language it is opened in, and beside another file as that person's place ("Partner B").
    func forSaving(_ content: Content) -> AnswerSheet {
        let words = content.interface
        guard [words(.namesFallbackSolo), words(.namesFallbackFirst), words(.namesFallbackSecond)].contains(name) else { return self }
        return AnswerSheet(name: "", answers: answers)
    }
}

/// The working folder, for sentences that name where a file went; empty when it cannot be read.
func workingFolder() -> String {
    var buffer = [CChar](repeating: 0, count: 4097)
    guard getcwd(&buffer, buffer.count) != nil else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
