import Foundation
import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing
import TestSupport

/// Every section of the results, for every sample couple and for the couples the results were tried with
/// (one at 100 and one at 0, one who kept everything private, both low), at 80×24, 60×18 and 120×40, in
/// both languages: nothing is cut off or lost past the edge, the summary of a couple fits 80×24, and the
/// words read as the language's.
@Suite("The results at every size, in both languages")
struct ResultsScreenSizesTests {
    static let sets: [Content] = ContentSets.folders(in: shippedFolder).compactMap { try? ContentLoader.load(from: $0) }
    static let sizes = [(80, 24), (60, 18), (120, 40)]

    /// The couples of the issue, built like the samples: a level per section ("very much so" = 5), 0 for
    /// "prefer not to say" throughout.
    static func couples(_ content: Content) -> [(name: String, sheets: [AnswerSheet])] {
        let sections = [content.readiness] + (content.pattern.map { [$0] } ?? []) + content.themes + (content.steps.map { [$0] } ?? [])
        func sheet(_ name: String, _ level: Int, worries: [String: Int] = [:], steps: Int) -> AnswerSheet {
            var levels = ["readiness": level, "steps": steps]
            for theme in content.themes { levels[theme.id] = worries[theme.id] ?? (level == 0 ? 0 : 2) }
            for key in SampleCouple.patternLevels() {
                levels["pattern." + key] = level == 0 ? 0 : (key.hasSuffix("raise") ? level : 6 - level)
            }
            return SampleCouple.sheet(name: name, levels: levels, sections: sections)
        }
        return [
            ("100 and 0", [sheet("Jordan", 5, steps: 5), sheet("Riley", 1, worries: ["blame": 5, "ganged-up": 5], steps: 2)]),
            ("kept private", [sheet("Pat", 0, steps: 0), sheet("Sky", 4, worries: ["practical": 5], steps: 4)]),
            ("both low", [sheet("Ana", 2, worries: ["overwhelm": 4], steps: 3), sheet("Bo", 1, worries: ["overwhelm": 5], steps: 1)]),
        ]
    }

    static func all(_ content: Content) -> [(name: String, results: Results, sample: Int?)] {
        content.samples.enumerated().map { index, sample in
            (sample.id, Results(content: content, sheets: sample.sheets, mode: .couple, guesses: sample.guesses), index)
        } + couples(content).map { ($0.name, Results(content: content, sheets: $0.sheets, mode: .couple), nil) }
    }

    /// The results on screen: a sample couple as the demo opens it, or a couple as a session ends.
    static func app(_ content: Content, _ results: Results, sample: Int?, width: Int, height: Int) -> App {
        guard let sample else {
            var app = App(content: content, mode: nil, width: width, height: height)
            app.finish(Session(content: content, mode: .couple, names: results.partners.map(\.name)), results)
            return app
        }
        var app = App(content: content, mode: nil, demo: true, width: width, height: height)
        for _ in 0..<sample { _ = app.handle(.key(.right)) }
        return app
    }

    /// Every line of a section, scrolled through from top to bottom.
    static func scrolled(_ app: inout App, section: ResultsSection) -> [[String]] {
        // As the terminal loop does: each key, then the frame it leads to laid out and sent back.
        app.send(.laidOut(app.frame().layout))
        app.send(.key(.character(Character(String(section.rawValue)))))
        var screens = [app.render().lines]
        for _ in 0..<200 {
            app.send(.key(.pageDown))
            let screen = app.render().lines
            if screen == screens.last { break }
            screens.append(screen)
        }
        return screens
    }

    /// One column of the body (between the header and the footer) of every screen, as flat text; the lines
    /// a page repeats from the one before are read once.
    static func column(_ screens: [[String]], from start: Int, length: Int) -> String {
        var lines: [String] = []
        for screen in screens {
            // The body lies between the rule under the header and the rule over the footer.
            let footer = screen.lastIndex { !$0.isEmpty && $0.allSatisfy { $0 == "─" } } ?? screen.count
            let body = screen[2..<footer].map { line -> String in
                let characters = Array(line)
                let end = min(characters.count, start + length)
                return start < end ? String(characters[start..<end]) : ""
            }
            let overlap = (0...min(lines.count, body.count)).last { Array(lines.suffix($0)) == Array(body.prefix($0)) } ?? 0
            lines += body.dropFirst(overlap)
        }
        return flat(lines.joined(separator: "\n"))
    }

    /// Text as a reader meets it across wrapped lines: single spaces, no indentation.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    @Test("every sentence of every section is on screen whole, at every size", arguments: ["en", "fr"])
    func nothingCutOff(language: String) throws {
        let content = try #require(Self.sets.first { $0.interface.language == language })
        for (name, results, sample) in Self.all(content) {
            let document = ResultsDocument(results: results, content: content, sample: sample.map { content.samples[$0] })
            for (width, height) in Self.sizes {
                var app = Self.app(content, results, sample: sample, width: width, height: height)
                for section in document.sections {
                    let screens = Self.scrolled(&app, section: section.id)
                    for screen in screens {
                        #expect(screen.count == height && screen.allSatisfy { $0.displayWidth <= width }, "\(name) \(width)×\(height)")
                    }
                    // Two columns show the summary beside another section; the body is read column by column.
                    let half = (width - 4 - 3) / 2
                    let columns = width >= 120 ? [(0, half + 2), (half + 5, width)] : [(0, width)]
                    let seen = columns.map { Self.column(screens, from: $0.0, length: $0.1) }
                    for block in section.blocks {
                        let texts: [String] =
                            switch block {
                            case .text(let text, _), .heading(let text): [text]
                            case .worry(let title, _, let about): [title] + (about.map { [$0] } ?? [])
                            case .card(let card): [card.title]
                            default: []
                            }
                        for text in texts {
                            #expect(
                                seen.contains { $0.contains(Self.flat(text)) },
                                "\(language) \(name) \(width)×\(height) §\(section.id.rawValue): \(text)")
                        }
                    }
                }
            }
        }
    }

    @Test("a couple's summary fits 80×24 without scrolling, in both languages", arguments: ["en", "fr"])
    func summaryFits(language: String) throws {
        let content = try #require(Self.sets.first { $0.interface.language == language })
        for (name, results, sample) in Self.all(content) {
            let app = Self.app(content, results, sample: sample, width: 80, height: 24)
            let screen = app.render().lines
            #expect(!screen[0].contains(content.interface(.screenMoreBelow)), "\(name): \(screen.joined(separator: "\n"))")
        }
    }

    @Test("what each person chose is said in words: 'kept these answers private', never 'not enough answers'")
    func keptPrivate() throws {
        for content in Self.sets {
            let couple = Self.couples(content)[1]
            let results = Results(content: content, sheets: couple.sheets, mode: .couple)
            let text = ResultsText(results: results, content: content).render()
            #expect(text.contains(content.interface(.resultsKeptPrivate)))
            #expect(!text.contains(content.texts.notEnough), "\(content.interface.language)")
            #expect(
                Self.flat(text).contains(
                    Self.flat(content.interface(.cycleNamed, ["name": "Pat", "phrase": content.interface(.cycleKeptPrivate)]))))
        }
    }
}
