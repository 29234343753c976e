import SamePageCore

extension Results {
    /// The version of the JSON below; 2 replaced "match" and "leaningIn/Out" with the gap in words and
    /// "readierNow", and added the worries by direction, the shared step and the safety section; 3 added
    /// "pattern", how therapy comes up between them (null when the content has no such section); 4 added
    /// "document" (every section's words, as every output shows them), what a person chose where a score is
    /// missing ("missing"), each card's steps at the couple's pace, and the ladder's steps ("ladder").
    public static let jsonVersion = 4

    /// The machine-readable form of the results (`--json`), with the results document's words
    /// ("document"). A score that cannot be computed is `null`.
    public func json(content: Content) -> JSONValue {
        let names = partners.map(\.name)
        var object: [String: JSONValue] = [
            "format": .string("samepage-results"),
            "version": .int(Self.jsonVersion),
            "mode": .string(mode.rawValue),
            "content": .object([
                "id": .string(identity.id),
                "version": .int(identity.version),
                "fingerprint": .string(identity.fingerprint),
            ]),
            "partners": .array(partners.map(\.json)),
            "safety": safety,
            "cards": .array(cards.enumerated().map { $0.element.json(names: names, shownFirst: $0.offset < Self.cardsShownFirst) }),
            "sharedStep": .object([
                "largest": .optional(steps.largest),
                "next": .optional(steps.next),
                "everyStep": .bool(steps.everyShared),
                "alone": .array(steps.alone.map { .array($0.map(JSONValue.string)) }),
            ]),
            "ladder": .array(
                steps.rungs.map { rung in
                    .object([
                        "id": .string(rung.id), "step": .string(rung.name), "alone": .bool(rung.alone),
                        "yes": .array(rung.yes.map(JSONValue.bool)),
                    ])
                }),
            "perception": .array(
                perception.map { gap in
                    .object([
                        "guesser": .string(names[gap.guesser]),
                        "about": .optional(gap.about.map { names[$0] }),
                        "guessed": .optional(gap.guessed.value),
                        "actual": .optional(gap.actual),
                        "difference": .optional(gap.difference),
                    ])
                }),
        ]
        object["pattern"] = pattern.map { $0.json(names: names) } ?? .null
        object["partnerStance"] = .optional(stance?.rawValue)
        object["document"] = ResultsDocument(results: self, content: content).json
        for key in ["gap", "gapSize", "pairing", "pairingName", "readierNow"] { object[key] = .null }
        object["bothLeanToward"] = .bool(false)
        object["worries"] = .object([:])
        if let pair {
            object["gap"] = .optional(pair.gap)
            object["gapSize"] = .optional(pair.gapSize?.rawValue)
            object["pairing"] = .optional(pair.pairing?.id)
            object["pairingName"] = .optional(pair.pairing?.name)
            object["readierNow"] = .optional(pair.readier.map { names[$0] })
            object["bothLeanToward"] = .bool(pair.bothLeanToward)
            object["worries"] = .object(
                Dictionary(
                    uniqueKeysWithValues: pair.themes.map { theme in
                        let weight: JSONValue =
                            switch theme.weight {
                            case .both?: .string("both")
                            case .neither?: .string("neither")
                            case .one(let person)?: .string(names[person])
                            case nil: .null
                            }
                        return (theme.id, weight)
                    }))
        }
        return .object(object)
    }
}

extension ResultsDocument {
    /// Every section's words as the outputs show them: blocks by kind, names and numbers as they are.
    var json: JSONValue {
        .array(
            sections.map { section in
                .object([
                    "id": .string(section.id.id), "number": .int(section.id.rawValue), "title": .string(section.title),
                    "blocks": .array(section.blocks.map(\.json)),
                ])
            })
    }
}

extension ResultsDocument.Block {
    var json: JSONValue {
        func bar(_ bar: ResultsDocument.Bar) -> JSONValue {
            .object(["name": .string(bar.name), "value": .optional(bar.value), "missing": .optional(bar.missing)])
        }
        switch self {
        case .text(let text, let role):
            let roleName: String =
                switch role {
                case .plain: "plain"
                case .lead: "lead"
                case .note: "note"
                case .accent: "accent"
                case .person: "person"
                }
            var object: [String: JSONValue] = ["kind": .string("text"), "text": .string(text), "role": .string(roleName)]
            if case .person(let index) = role { object["person"] = .int(index) }
            return .object(object)
        case .heading(let text): return .object(["kind": .string("heading"), "text": .string(text)])
        case .meter(let bars): return .object(["kind": .string("meter"), "people": .array(bars.map(bar))])
        case .worry(let title, let bars, let about):
            return .object(["kind": .string("worry"), "title": .string(title), "people": .array(bars.map(bar)), "about": .optional(about)])
        case .card(let card):
            return .object([
                "kind": .string("card"), "for": .string(card.audience), "title": .string(card.title), "text": .string(card.text),
                "steps": .array(card.steps.map(JSONValue.string)), "why": .string(card.why),
            ])
        case .more(let titles): return .object(["kind": .string("more"), "titles": .array(titles.map(JSONValue.string))])
        case .support: return .object(["kind": .string("support")])
        }
    }
}

extension PatternResults {
    /// Each person's side from everything said about them, each person's own view, and the pattern. For a
    /// person alone, "raiser" is "self" or "partner"; in a couple, the raiser's name.
    func json(names: [String]) -> JSONValue {
        func json(_ scores: SideScores) -> JSONValue {
            .object(["raise": .optional(scores.raise.value), "stepBack": .optional(scores.stepBack.value)])
        }
        let raiserName: String? = raiser.map { names.count == 2 ? names[$0] : ($0 == 0 ? "self" : "partner") }
        return .object([
            "pattern": .optional(pattern?.rawValue),
            "raiser": .optional(raiserName),
            "partners": .array(
                names.indices.map { person in
                    let view = views[person]
                    return .object([
                        "name": .string(names[person]),
                        "side": .optional(personSides[person]?.rawValue),
                        "scores": json(sides[person]),
                        "view": .object([
                            "self": .optional(view.ownSide?.rawValue),
                            "partner": .optional(view.partnerSide?.rawValue),
                            "pattern": .optional(view.pattern?.rawValue),
                            "selfScores": json(view.own),
                            "partnerScores": json(view.partner),
                        ]),
                    ])
                }),
        ])
    }
}

extension PartnerProfile {
    var json: JSONValue {
        .object([
            "name": .string(name),
            "readiness": .optional(readiness.value),
            "missing": .object(
                Dictionary(
                    uniqueKeysWithValues: ([("readiness", readiness)] + themes.map { ($0.id, $0.score) })
                        .compactMap { key, score in score.missing.map { (key, JSONValue.string($0.rawValue)) } })),
            "band": .optional(band?.rawValue),
            "themes": .object(Dictionary(uniqueKeysWithValues: themes.map { ($0.id, JSONValue.optional($0.score.value)) })),
            "topThemes": .array(topThemes.map(JSONValue.string)),
        ])
    }
}

extension ChosenCard {
    func json(names: [String], shownFirst: Bool) -> JSONValue {
        .object([
            "shownFirst": .bool(shownFirst),
            "id": .string(card.id),
            "audience": .string(card.audience.rawValue),
            "for": .array(partners.map { .string(names[$0]) }),
            "title": .string(card.title),
            "text": .string(card.text),
            "steps": .array(steps.map(JSONValue.string)),
            "reason": .string(reasons.joined(separator: " ")),
        ])
    }
}
