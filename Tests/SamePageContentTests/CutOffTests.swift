import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing
import TestSupport

/// The cut-offs the Québec review found, at 80×24 and 60×18, in English, French and the pseudo-language
/// (French made 40% longer): each sentence is on screen whole, wrapped if need be.
@Suite("Nothing cut off")
struct CutOffTests {
    static let sets: [Content] =
        RealScreenTests.sets + [(try? ContentLoader.load(from: PseudoLanguage.root.get() + "/fr"))].compactMap { $0 }
    static let cases = sets.indices.flatMap { set in RealScreenTests.sizes.map { (set, $0.0, $0.1) } }

    /// The screen's text with its lines joined and runs of spaces made one, so a wrapped sentence reads whole.
    static func flat(_ grid: Grid) -> String { grid.lines.joined(separator: "\n").flattened }

    static func flat(_ text: String) -> String { text.flattened }

    @Test("the set list has the pseudo-language") func pseudo() { #expect(Self.sets.count == 3) }

    @Test("Enter with no answer chosen: the hint shows whole", arguments: cases)
    func chooseFirst(set: Int, width: Int, height: Int) {
        let content = Self.sets[set]
        var app = App(content: content, mode: .solo, width: width, height: height)
        for key: Key in [.enter, .enter, .character("1"), .enter] { app.send(.key(key)) }
        #expect(Self.flat(app.render()).contains(Self.flat(content.interface(.screenChooseFirst))), "\(Self.flat(app.render()))")
    }

    @Test("the save confirmation shows whole, with its path", arguments: cases)
    func saveConfirmation(set: Int, width: Int, height: Int) {
        let content = Self.sets[set]
        var app = App(content: content, mode: .solo, width: width, height: height)
        for key: Key in [.enter, .enter] { app.send(.key(key)) }
        for _ in content.questions(for: .solo) { app.send(.key(.character("1"))) }
        app.send(.key(.enter))
        for _ in content.checkIn.items { app.send(.key(.character("1"))) }
        for key: Key in [.enter, .character("s"), .enter] { app.send(.key(key)) }
        #expect(app.results != nil && app.overlay == nil, "the results are shown")
        app.send(.key(.character("s")))
        app.send(.key(.character("a")))
        #expect(app.overlay != nil, "the save box is open")
        let sentence = content.interface(.savingSavedIn, ["paths": "/home/someone/samepage-answers-2026-12-03.json"])
        app.send(.saveFinished(sentence, saved: true))
        #expect(Self.flat(app.render()).contains(Self.flat(sentence)), "\(Self.flat(app.render()))")
    }

    @Test("the demo's header names the section at every size", arguments: cases)
    func demoHeader(set: Int, width: Int, height: Int) {
        let content = Self.sets[set]
        var app = App(content: content, mode: nil, demo: true, width: width, height: height)
        for section in ResultsSection.allCases {
            app.send(.key(.character(Character(String(section.rawValue)))))
            #expect(app.render().lines[0].contains(section.title(content.interface)), "\(app.render().lines[0])")
        }
    }

    @Test("the welcome screen shows its title when progress can be kept", arguments: cases)
    func welcomeTitle(set: Int, width: Int, height: Int) {
        let content = Self.sets[set]
        let app = App(
            content: content, mode: nil, keeping: .possible(path: "~/.local/state/samepage/progress.json"), width: width, height: height)
        let screen = Self.flat(app.render())
        #expect(screen.contains(Self.flat(content.texts.title)) || height < 24, "\(screen)")
    }

    @Test("a support line keeps its label with its number, and a number is never broken", arguments: cases)
    func supportNumbers(set: Int, width: Int, height: Int) {
        let content = Self.sets[set]
        let lines = SupportPage.lines(content.checkIn, width: width - 4, words: content.interface).map(\.text)
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        for contact in content.checkIn.resources.flatMap(\.reach) {
            let label = contact.sentence(content.interface).replacingOccurrences(of: contact.value, with: "")
                .trimmingCharacters(in: .whitespaces)
            let groups = contact.value.split(separator: " ").map(String.init)
            for index in trimmed.indices.dropLast() {
                let line = trimmed[index], next = trimmed[index + 1]
                if !label.isEmpty, line.hasSuffix(label), next.hasPrefix(groups[0]) {
                    Issue.record("'\(line)' ends on the label of \(contact.value), which starts '\(next)'")
                }
                if groups.count > 1, line.hasSuffix(groups[0]), next.hasPrefix(groups[1...].joined(separator: " ")) {
                    Issue.record("\(contact.value) is broken across '\(line)' and '\(next)'")
                }
            }
        }
    }
}
