import Foundation
import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing
import TestSupport

/// The shipped content on real screens, in every language it has: every question shows whole, with all
/// its choices and the keys, at 80×24 and at the minimum size.
@Suite("The shipped content on screen")
struct RealScreenTests {
    let content: Content

    init() throws { content = try ContentLoader.load(from: shippedFolder) }

    /// Every language's set of the shipped content.
    static let sets: [Content] = ContentSets.folders(in: shippedFolder).compactMap { try? ContentLoader.load(from: $0) }
    static let sizes = [(80, 24), (App.minimumWidth, App.minimumHeight)]
    static let setsAndSizes = sets.flatMap { set in sizes.map { (set.interface.language, $0.0, $0.1) } }

    static func set(_ language: String) -> Content { sets.first { $0.interface.language == language }! }

    @Test("the shipped content comes in English and French")
    func languages() {
        #expect(Self.sets.map(\.interface.language) == ["en", "fr"])
    }

    @Test("every question fits without scrolling, in every language", arguments: setsAndSizes)
    func everyQuestionFits(language: String, width: Int, height: Int) {
        let content = Self.set(language)
        var app = App(content: content, mode: .solo, width: width, height: height)
        _ = app.handle(.key(.enter))
        _ = app.handle(.key(.enter))
        // Alone, the question about the partner comes first, with its own choices.
        for (index, question) in content.questions(for: .solo).enumerated() {
            let screen = app.render().lines.joined(separator: "\n")
            let flat = screen.replacingOccurrences(of: "\n  ", with: " ")
            #expect(flat.contains(question.item.text), "question \(index + 1) is shown whole at \(width)×\(height)")
            for label in (question.section.choices ?? content.scale.choices) + [content.scale.preferNot] {
                #expect(screen.contains(label), "question \(index + 1): \(label)")
            }
            #expect(screen.contains("Ctrl-X " + content.interface(.keysQuickExit)))
            _ = app.handle(.key(.character("3")))
        }
    }

    @Test(
        "every check-in item shows its question and every choice, and the focus never rests on a hidden row",
        arguments: setsAndSizes)
    func everyCheckInItemFits(language: String, width: Int, height: Int) {
        let content = Self.set(language)
        var app = App(content: content, mode: .solo, width: width, height: height)
        for key: Key in [.enter, .enter] { _ = app.handle(.key(key)) }
        for _ in content.questions(for: .solo) { _ = app.handle(.key(.character("3"))) }
        _ = app.handle(.key(.enter))
        for (index, item) in content.checkIn.items.enumerated() {
            let labels = SessionScreens.labels(
                content.checkIn.choices(for: item, agreement: content.scale), preferNot: content.scale.preferNot)
            let screen = app.render().lines
            let flat = screen.joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
            #expect(flat.contains(item.text), "check-in \(index + 1) is shown whole at \(width)×\(height)")
            for label in labels { #expect(screen.contains { $0.contains(label) }, "check-in \(index + 1): \(label) at \(width)×\(height)") }
            for focus in labels.indices {
                _ = app.handle(.key(.down))
                let grid = app.render()
                let row = grid.cursor?.row ?? -1
                #expect(
                    grid.lines.indices.contains(row) && grid.lines[row].contains(labels[focus]),
                    "the focus is on a row in view: \(labels[focus])")
            }
            _ = app.handle(.key(.character("3")))
        }
        #expect(app.render().lines.joined().contains(content.checkIn.support.title), "every item was walked")
    }

    @Test(
        "the welcome screen shows all three choices and the privacy promise at both sizes, in every language",
        arguments: setsAndSizes)
    func welcome(language: String, width: Int, height: Int) {
        let content = Self.set(language), words = content.interface
        let keeping = Keeping.possible(path: "~/.local/state/samepage/progress.json")
        // Nothing kept (a couple, focused first), kept (one person alone), and nothing possible (--private).
        for (mode, keeping) in [(SessionMode.couple, keeping), (.solo, keeping), (.couple, .impossible(.privateMode))] {
            let app = App(content: content, mode: mode, keeping: keeping, width: width, height: height)
            let screen = app.render().lines.joined(separator: " ")
            for choice in [words(.welcomeTogether), words(.welcomeSolo), words(.welcomeDemo)] { #expect(screen.contains(choice)) }
            // The promises are never cut: what is kept and who can open it, and the disclaimer's last words.
            let flat = screen.flattened
            let kept = keeping.explanation(keeping: app.keepsProgress, words: words).split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
            #expect(flat.contains(kept), "\(mode) at \(width)×\(height): \(screen)")
            #expect(
                flat.contains(content.texts.disclaimer.split(whereSeparator: \.isWhitespace).suffix(6).joined(separator: " ")), "\(screen)")
            #expect(screen.replacingOccurrences(of: "   ", with: " ").contains(content.texts.privacy.prefix(30)))
        }
    }

    @Test(
        "the summary of every sample couple fits 80×24 without scrolling, and has no match score or role label",
        arguments: ["en", "fr"])
    func summaryFits(language: String) {
        let content = Self.set(language), words = content.interface
        for index in content.samples.indices {
            var app = App(content: content, mode: nil, demo: true, width: 80, height: 24)
            for _ in 0..<index { _ = app.handle(.key(.right)) }
            let screen = app.render().lines
            #expect(
                screen[0].hasSuffix(words(.resultsTitle) + " · " + words(.resultsSectionSummary))
                    && !screen[0].contains(words(.screenMoreBelow)),
                "\(content.samples[index].id): \(screen)")
            let text = screen.joined(separator: "\n")
            for word in ["Match", "leaning", "unsure"] { #expect(!text.contains(word), "\(word)") }
        }
    }

    @Test("every shipped pairing label can be reached by some pair of readiness scores")
    func pairingsReachable() {
        let limits = content.thresholds
        for label in content.pairings {
            let reached = (0...100).contains { a in
                (0...100).contains { b in
                    content.pairings.first { $0.when.holds(a, b, limits) } == label
                }
            }
            #expect(reached, "\(label.id)")
        }
    }
}
