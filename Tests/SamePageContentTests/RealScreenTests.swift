import Foundation
import SamePageContent
@testable import SamePageCore
@testable import SamePageViews
import Testing

/// The shipped content on real screens: every question shows whole, with all its choices and the keys,
/// at 80×24 and at the minimum size.
@Suite("The shipped content on screen")
struct RealScreenTests {
    let content: Content

    init() throws { content = try ContentLoader.load(from: shippedFolder) }

    @Test("every question fits without scrolling", arguments: [(80, 24), (App.minimumWidth, App.minimumHeight)])
    func everyQuestionFits(width: Int, height: Int) {
        var app = App(content: content, mode: .solo, width: width, height: height)
        _ = app.handle(.key(.enter))
        _ = app.handle(.key(.enter))
        for (index, question) in content.questions.enumerated() {
            let screen = app.render().lines.joined(separator: "\n")
            let flat = screen.replacingOccurrences(of: "\n  ", with: " ")
            #expect(flat.contains(question.item.text), "question \(index + 1) is shown whole at \(width)×\(height)")
            for label in content.scale.choices + [content.scale.preferNot] {
                #expect(screen.contains(label), "question \(index + 1): \(label)")
            }
            #expect(screen.contains("Ctrl-X quick exit"))
            _ = app.handle(.key(.character("3")))
        }
    }

    @Test("the welcome screen shows all three choices and the privacy promise at both sizes",
          arguments: [(80, 24), (App.minimumWidth, App.minimumHeight)])
    func welcome(width: Int, height: Int) {
        let screen = App(content: content, mode: nil, width: width, height: height).render().lines.joined(separator: " ")
        for choice in ["Together, as a couple", "On my own", "Demo with sample couples"] { #expect(screen.contains(choice)) }
        #expect(screen.replacingOccurrences(of: "   ", with: " ").contains(content.texts.privacy.prefix(30)))
    }

    @Test("the summary of every sample couple fits 80×24 without scrolling, and has no match score or role label")
    func summaryFits() {
        for index in content.samples.indices {
            var app = App(content: content, mode: nil, demo: true, width: 80, height: 24)
            for _ in 0..<index { _ = app.handle(.key(.right)) }
            let screen = app.render().lines
            #expect(screen[0].hasSuffix("Results · Summary") && !screen[0].contains("↓ more"), "\(content.samples[index].id): \(screen)")
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
