extension Results {
    /// The machine-readable form of the results (`--json`). A score that cannot be computed is `null`.
    public var json: JSONValue {
        let names = partners.map(\.name)
        var object: [String: JSONValue] = [
            "mode": .string(mode.rawValue),
            "content": .object([
                "id": .string(identity.id),
                "version": .int(identity.version),
                "fingerprint": .string(identity.fingerprint),
            ]),
            "partners": .array(partners.map(\.json)),
            "safety": safety,
            "cards": .array(cards.map { $0.json(names: names) }),
            "perception": .array(perception.map { gap in
                .object([
                    "guesser": .string(names[gap.guesser]),
                    "about": .optional(gap.about.map { names[$0] }),
                    "guessed": .optional(gap.guessed.value),
                    "actual": .optional(gap.actual),
                    "difference": .optional(gap.difference),
                ])
            }),
        ]
        for key in ["match", "gap", "pairing", "pairingName", "leaningIn", "leaningOut"] { object[key] = .null }
        object["themeAgreement"] = .object([:])
        if let pair {
            object["match"] = .optional(pair.match)
            object["gap"] = .optional(pair.gap)
            object["pairing"] = .optional(pair.pairing?.id)
            object["pairingName"] = .optional(pair.pairing?.name)
            object["leaningIn"] = .optional(pair.leaningIn.map { names[$0] })
            object["leaningOut"] = .optional(pair.leaningOut.map { names[$0] })
            object["themeAgreement"] = .object(
                Dictionary(uniqueKeysWithValues: pair.themes.map { ($0.id, $0.agree.map(JSONValue.bool) ?? .null) })
            )
        }
        return .object(object)
    }
}

extension PartnerProfile {
    var json: JSONValue {
        .object([
            "name": .string(name),
            "readiness": .optional(readiness.value),
            "readinessBand": .optional(band?.rawValue),
            "themes": .object(Dictionary(uniqueKeysWithValues: themes.map { ($0.id, JSONValue.optional($0.score.value)) })),
            "topThemes": .array(topThemes.map(JSONValue.string)),
        ])
    }
}

extension ChosenCard {
    func json(names: [String]) -> JSONValue {
        .object([
            "id": .string(card.id),
            "audience": .string(card.audience.rawValue),
            "for": .array(partners.map { .string(names[$0]) }),
            "title": .string(card.title),
            "text": .string(card.text),
            "steps": .array(card.steps.map(JSONValue.string)),
            "reason": .string(reasons.joined(separator: " ")),
        ])
    }
}
