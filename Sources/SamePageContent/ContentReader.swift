import SamePageCore

/// Turns parsed YAML into `Content`, checking every field and every cross-reference on the way.
struct ContentReader {
    let directory: String
    let diagnostics: Diagnostics
    /// Where each question and check-in id was first defined, to report duplicates across files.
    var itemIDs: [String: (file: String, line: Int)] = [:]

    init(directory: String, diagnostics: Diagnostics) {
        self.directory = directory
        self.diagnostics = diagnostics
    }

    func path(_ name: String) -> String { PathText.joined(directory, name) }

    func top(_ roots: [String: YAMLNode], _ name: String, allowed: [String]) -> Fields? {
        guard let root = roots[name] else { return nil }
        return Fields(root, file: path(name), what: name, allowed: allowed, diagnostics: diagnostics)
    }

    mutating func read(_ roots: [String: YAMLNode]) -> Content? {
        let texts = readTexts(top(roots, "meta.yaml", allowed: Self.metaFields))
        let scale = readScale(top(roots, "scale.yaml", allowed: ["choices", "prefer_not"]))
        let sections = readQuestions(top(roots, "questions.yaml", allowed: ["readiness", "pattern", "themes", "steps", "solo_partner"]))
        let checkIn = readCheckIn(top(roots, "checkin.yaml", allowed: Self.checkInFields))
        let (thresholds, pairings, words) = readPairing(
            top(roots, "pairing.yaml", allowed: ["thresholds", "bands", "gaps", "labels"]), sections
        )
        let cards = readCards(
            top(roots, "cards.yaml", allowed: ["cards"]),
            pairings: pairings?.map(\.id), themes: sections?.themes.map(\.id), ladder: sections.map { $0.steps?.items.map(\.id) ?? [] },
            hasPattern: sections.map { $0.pattern != nil },
            hasSoloPartner: sections.map { $0.soloPartner != nil }
        )
        let samples = readSamples(top(roots, ContentLoader.samplesFile, allowed: ["couples"]), sections: sections)
        let interface = readInterface(
            top(roots, "interface.yaml", allowed: ["language"] + Set(InterfaceKey.allCases.map(\.place.section)).sorted()))
        if let interface { checkTypography(roots, interface: interface) }
        guard let (texts, identity) = texts, let scale, let sections, let checkIn, let thresholds, let pairings, let words,
            let cards, let samples, let interface
        else { return nil }
        var content = Content(
            texts: texts, scale: scale, readiness: sections.readiness, themes: sections.themes, checkIn: checkIn,
            thresholds: thresholds, pairings: pairings, words: words, cards: cards, pattern: sections.pattern, steps: sections.steps,
            soloPartner: sections.soloPartner,
            interface: interface, identity: ContentIdentity(id: identity.id, version: identity.version, sections: sections.all)
        )
        content.samples = samples
        return content
    }

    static let metaFields = [
        "id", "version", "title", "minutes", "welcome", "privacy", "disclaimer", "results_intro", "solo_results_intro", "not_enough",
    ]

    private func readTexts(_ meta: Fields?) -> (Texts, (id: String, version: Int))? {
        guard let meta else { return nil }
        let id = self.id(meta, "id")
        let version = meta.number("version", in: 1...1_000_000)
        let title = meta.text("title"), minutes = meta.number("minutes", in: 1...240)
        let welcome = meta.text("welcome"), privacy = meta.text("privacy"), disclaimer = meta.text("disclaimer")
        let intro = meta.text("results_intro"), notEnough = meta.text("not_enough")
        let soloIntro = meta.text("solo_results_intro")
        guard let id, let version, let title, let minutes, let welcome, let privacy, let disclaimer,
            let intro, let soloIntro, let notEnough
        else { return nil }
        let texts = Texts(
            title: title, minutes: minutes, welcome: welcome, privacy: privacy, disclaimer: disclaimer,
            resultsIntro: intro, soloResultsIntro: soloIntro, notEnough: notEnough
        )
        return (texts, (id, version))
    }

    private func readScale(_ scale: Fields?) -> Scale? {
        guard let scale, let choices = scale.texts("choices"), let preferNot = scale.text("prefer_not") else { return nil }
        guard choices.count == 5 else {
            diagnostics.report(
                scale.file, scale.mark("choices"),
                "'choices' should list exactly five labels, from least to most agreement; it lists \(choices.count).")
            return nil
        }
        return Scale(choices: choices, preferNot: preferNot)
    }

    /// A required id: lowercase letters and digits in words joined by single dashes.
    func id(_ fields: Fields, _ key: String = "id") -> String? {
        guard let id = fields.text(key) else { return nil }
        // Words of a-z and 0-9 joined by single dashes, checked byte by byte.
        var previous = UInt8(ascii: "-")
        let wellFormed =
            id.utf8.allSatisfy { byte in
                defer { previous = byte }
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
                case UInt8(ascii: "-"): return previous != UInt8(ascii: "-")
                default: return false
                }
            } && id.utf8.last != UInt8(ascii: "-")
        guard wellFormed else {
            diagnostics.report(
                fields.file, fields.mark(key),
                "'\(id)' is not a usable id; use lowercase letters, digits and single dashes, like 'fear-of-blame'.")
            return nil
        }
        return id
    }

    /// Records an item id, reporting it when another question or check-in item already uses it.
    mutating func register(_ id: String, _ fields: Fields) -> Bool {
        if let first = itemIDs[id] {
            let place = "\(PathText.lastComponent(first.file)):\(first.line)"
            diagnostics.report(fields.file, fields.mark("id"), "the id '\(id)' is already used at \(place); every item needs its own id.")
            return false
        }
        itemIDs[id] = (fields.file, fields.mark("id")?.line ?? 0)
        return true
    }
}
