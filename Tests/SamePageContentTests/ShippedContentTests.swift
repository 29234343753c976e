import Foundation
import SamePageContent
import SamePageCore
import SamePageViews
import Testing
import TestSupport

/// The repository's own content/ folder.
let shippedFolder = Repository.content

@Suite("The shipped content")
struct ShippedContentTests {
    let content: Content

    init() throws {
        content = try ContentLoader.load(from: shippedFolder)
    }

    @Test("readiness has at least six items, some reverse-keyed")
    func readiness() {
        #expect(content.readiness.items.count >= 6)
        #expect(content.readiness.items.contains { $0.reverse })
        #expect(content.readiness.items.contains { !$0.reverse })
    }

    @Test("the six hesitation themes of the spec and the practical one, each with a reverse-keyed item")
    func themes() {
        #expect(
            content.themes.map(\.id) == ["blame", "past-therapy", "overwhelm", "vulnerability", "crisis-only", "ganged-up", "practical"])
        for theme in content.themes {
            #expect(theme.items.count >= 3, "\(theme.id)")
            #expect(theme.items.contains { $0.reverse }, "\(theme.id) has a reverse-keyed item")
        }
        // Past therapy asks once whether there was any, rather than offering "does not apply" on every item.
        #expect(content.theme("past-therapy")?.gate?.id == "past-therapy-gate")
        #expect(content.themes.filter { $0.gate != nil }.map(\.id) == ["past-therapy"])
        #expect(content.theme("vulnerability")?.items.contains { $0.text.contains("gender") } == true)
        let texts = content.questions.map(\.item.text).joined(separator: " ")
        for idiom in ["dig in", "win old arguments", "Where I come from"] { #expect(!texts.contains(idiom)) }
    }

    @Test("the ladder of steps, smallest first, with one step taken alone")
    func steps() throws {
        let steps = try #require(content.steps)
        #expect(
            steps.items.compactMap(\.step) == [
                "Read about it", "A short call with a therapist", "One session together",
                "Regular sessions together", "Sessions on my own",
            ])
        #expect(steps.items.filter(\.alone).map(\.id) == ["step-on-my-own"])
    }

    @Test("the pairing labels of the spec, with thresholds in order (reachability: RealScreenTests)")
    func pairings() {
        #expect(Set(content.pairings.map(\.id)).isSuperset(of: ["ready-together", "close", "different-paces", "both-unsure"]))
        #expect(content.thresholds.notNow < content.thresholds.middle && content.thresholds.middle < content.thresholds.ready)
        #expect(content.thresholds.closeGap < content.thresholds.wideGap && content.thresholds.wideGap < content.thresholds.farGap)
        #expect(content.thresholds.wideGap == 25 && content.thresholds.themeHigh > content.thresholds.middle)
        #expect(content.words.band(.notNow).name == "Not now")
    }

    @Test("a couple card for every pairing label, a partner card for every theme, leaning-in and solo cards")
    func cards() {
        for label in content.pairings {
            #expect(content.cards.contains { $0.audience == .couple && $0.rule.pairings.contains(label.id) }, "\(label.id)")
        }
        for theme in content.themes {
            #expect(content.cards.contains { $0.audience.isPersonal && $0.rule.theme == theme.id }, "\(theme.id)")
        }
        // The person who tends to raise therapy has the article's four moves of their own; the one who steps back has one too.
        #expect(content.cards.filter { $0.audience == .partner && $0.rule.side == .raise }.count >= 4)
        #expect(content.cards.contains { $0.audience == .partner && $0.rule.side == .stepBack })
        #expect(content.cards.contains { $0.audience == .lessReady })
        let words = content.cards.map { $0.title + " " + $0.text + " " + $0.steps.map(\.text).joined(separator: " ") }.joined(
            separator: " ")
        for judging in ["leaning in", "leaning out", "lean in", "Match", "dig in"] { #expect(!words.contains(judging), "\(judging)") }
        for band in ReadinessBand.allCases {
            #expect(content.cards.contains { $0.audience == .solo && $0.rule.readiness == band }, "\(band)")
        }
        #expect(content.cards.filter { $0.id.hasPrefix("faq-") }.count == 5)
        #expect(content.cards.allSatisfy { !$0.steps.isEmpty })
    }

    @Test("the private check-in covers safety, fear, harm, sexual pressure, control and speaking freely, each with a time frame")
    func checkIn() {
        let ids = content.checkIn.items.map(\.id)
        #expect(
            ids == [
                "checkin-safe-home", "checkin-afraid", "checkin-hurt", "checkin-sexual-pressure", "checkin-control", "checkin-speak-freely",
            ])
        for item in content.checkIn.items where item.scale == .frequency {
            #expect(item.text.hasPrefix("In the past year, how often"), "\(item.id) has a time frame")
        }
        #expect(content.checkIn.frequencyChoices == ["Never", "Once", "Sometimes", "Often", "Not sure"])
        #expect(content.checkIn.emergency.contains("911") && content.checkIn.emergency.contains("press 55"))
        #expect(content.checkIn.emergency.contains("where there is no 911, call your local police"))
    }

    @Test("every resource has a region, languages, hours, a way to reach it, its own https page and a checked date")
    func resources() {
        #expect(content.checkIn.resources.count >= 10)
        for resource in content.checkIn.resources {
            #expect(content.checkIn.regions[resource.region] != nil, "\(resource.name)")
            #expect(!resource.languages.isEmpty && !resource.reach.isEmpty && !resource.hours.isEmpty)
            #expect(resource.source.hasPrefix("https://") && CalendarDay(resource.checked) != nil, "\(resource.name)")
        }
        let calls = content.checkIn.resources.flatMap(\.reach).filter { $0.kind == .call }.map(\.value)
        for line in ["988", "116 123", "13 11 14"] { #expect(calls.contains(line), "\(line) is listed") }
    }

    @Test("the identity changes when the questions change, and only then")
    func identity() throws {
        let again = try ContentLoader.load(from: shippedFolder)
        #expect(again.identity == content.identity)
        var readiness = content.readiness
        readiness.items[0].reverse.toggle()
        let changed = ContentIdentity(id: content.identity.id, version: content.identity.version, sections: [readiness] + content.themes)
        #expect(changed.fingerprint != content.identity.fingerprint)
    }
}
