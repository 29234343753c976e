import ArgumentParser
import SamePageContent
import SamePageCore
import SamePageFiles
import SamePageShipped
import SamePageViews

/// Checks a content folder and lists every mistake with its file and line.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a content folder; every mistake is listed with its file and line."
    )

    @Argument(help: ArgumentHelp("The content folder to check (default: the one samepage uses).", valueName: "DIR"))
    var directory: String?

    func run() throws {
        let root = directory ?? ContentOptions.defaultFolder()
        // The folder's own set, then each translation in it, each checked, and each held to the first's ids.
        // Translations are held to the folder's own set; while it has mistakes, none is called valid.
        var first: Content?
        var failed = false
        var keepsShippedID = false
        for folder in ContentSets.folders(in: root) {
            do {
                let content =
                    folder == root
                    ? try ContentLoader.load(from: folder)
                    : try ContentSets.load(translation: folder)
                let differences =
                    first.map { base in
                        SetComparison.differences(base, content) { file, id, inFirst in
                            let path = PathText.joined(inFirst ? root : folder, file)
                            return ContentSets.line(of: "- id: \(id)", in: path) ?? ContentSets.line(of: "id: \(id)", in: path)
                        }
                    } ?? []
                for difference in differences { printError("\(folder): \(difference).") }
                if !differences.isEmpty {
                    printError(
                        "\(folder): a translation has the same ids and rules as \(root); edit the translation to match, or remove the folder."
                    )
                }
                failed = failed || !differences.isEmpty
                let words = content.interface
                if folder != root && first == nil {
                    // The first set has mistakes, so this one could not be compared with it: not "valid".
                    print(SafeText.shown(words(.validateValidAlone, ["folder": folder, "root": root])))
                } else if differences.isEmpty {
                    let counts = [
                        "questions": String(content.questions.count), "themes": String(content.themes.count),
                        "cards": String(content.cards.count),
                    ]
                    print(SafeText.shown(words(.validateValid, counts.merging(["folder": folder]) { $1 })))
                }
                if let warning = staleResources(content.checkIn, today: CalendarDay(today()), words: words) {
                    printError(warning)
                }
                if let shipped = ShippedContent.identity, content.identity.id == shipped.id, !isShipped(folder) {
                    keepsShippedID = true
                }
                if folder == root { first = content }
            } catch {
                printError(error.description)
                let count = error.issues.count
                printError("\(folder): \(count) problem\(count == 1 ? "" : "s") found.")
                failed = true
            }
        }
        // Once for the whole folder: the id is the same in every language's meta.yaml.
        if keepsShippedID, let words = first?.interface, let id = ShippedContent.identity?.id {
            printError(SafeText.shown(words(.validateShippedId, ["folder": root, "id": id])))
        }
        if failed { throw Exit.badData }
    }
}

/// A warning, not an error, when support lines were last checked over a year ago: numbers change, and
/// the content still works, but someone should look again.
func staleResources(_ checkIn: CheckIn, today: CalendarDay?, words: InterfaceText) -> String? {
    guard let today else { return nil }
    let stale = checkIn.resources.filter { resource in
        CalendarDay(resource.checked).map { $0.aYearLater < today } ?? true
    }
    guard let oldest = stale.min(by: { $0.checked < $1.checked }) else { return nil }
    return words(
        .validateStale,
        [
            "stale": String(stale.count), "total": String(checkIn.resources.count), "oldest": oldest.name, "day": oldest.checked,
        ])
}

/// Whether a folder's files are, byte for byte, the ones samepage ships (any language's set).
private func isShipped(_ folder: String) -> Bool {
    let files = (ContentLoader.fileNames + [ContentLoader.samplesFile]).compactMap { name in
        (try? FileBytes.read(PathText.joined(folder, name), largest: 1_000_000)).map { (name: name, data: $0) }
    }
    return ShippedContent.matching(files) != nil
}
