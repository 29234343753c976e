import SamePageCore

/// A small content set built in code, so every expected score can be worked out by hand. It reads no file:
/// each test target gives it the interface sentences it needs (`make(interface:)`), the core's tests none
/// at all, so a copy edit of content/ never breaks a test of the scoring.
public enum Fixture {
    public static let readiness = Section(
        id: "readiness", name: "Readiness", about: "How ready.",
        items: [
            Item(id: "r1", text: "I would go."),
            Item(id: "r2", text: "It could help."),
            Item(id: "r3", text: "Only in a crisis.", reverse: true),
            Item(id: "r4", text: "I want change."),
        ])
    public static let blame = Section(
        id: "blame", name: "Fear of blame", about: "Blame.",
        items: [
            Item(id: "b1", text: "Blame one."), Item(id: "b2", text: "Blame two."),
            Item(id: "b3", text: "Blame three.", reverse: true),
        ])
    public static let pace = Section(
        id: "pace", name: "Pace", about: "Pace.",
        items: [
            Item(id: "p1", text: "Pace one."), Item(id: "p2", text: "Pace two."), Item(id: "p3", text: "Pace three."),
        ])

    public static let thresholds = Thresholds(
        notNow: 40, ready: 65, closeGap: 15, wideGap: 25, themeHigh: 55, topThemes: 1,
        minReadinessAnswers: 2, minThemeAnswers: 2
    )

    public static let labels = [
        PairingLabel(id: "ready-together", name: "Ready together", when: .bothReady, summary: "Both ready."),
        PairingLabel(id: "both-unsure", name: "Both unsure", when: .bothNotNow, summary: "Both unsure."),
        PairingLabel(id: "close", name: "Close", when: .close, summary: "Close."),
        PairingLabel(id: "different-paces", name: "Different paces", when: .any, summary: "Apart."),
    ]

    public static let cards =
        [
            GuidanceCard(id: "faq", audience: .everyone, title: "FAQ", text: "A question.", steps: ["Ask."]),
            GuidanceCard(
                id: "solo-ready", audience: .solo, rule: CardRule(readiness: .ready), title: "Solo ready", text: "T.", steps: ["S."]),
            GuidanceCard(
                id: "solo-unsure", audience: .solo, rule: CardRule(readiness: .notNow), title: "Solo unsure", text: "T.", steps: ["S."]),
            GuidanceCard(id: "blame-card", audience: .partner, rule: CardRule(theme: "blame"), title: "Blame", text: "T.", steps: ["S."]),
            GuidanceCard(id: "pace-card", audience: .partner, rule: CardRule(theme: "pace"), title: "Pace", text: "T.", steps: ["S."]),
            GuidanceCard(id: "less-ready", audience: .lessReady, title: "Out", text: "T.", steps: ["S."]),
            GuidanceCard(id: "readier", audience: .readier, title: "In", text: "T.", steps: ["S."]),
        ]
        + labels.map {
            GuidanceCard(
                id: "couple-\($0.id)", audience: .couple, rule: CardRule(pairings: [$0.id]), title: $0.name, text: "T.", steps: ["S."])
        }

    public static let checkIn = CheckIn(
        intro: "Just for you.",
        frequencyChoices: ["Never", "Once", "Sometimes", "Often", "Not sure"],
        items: [
            CheckInItem(id: "safe", text: "I feel safe.", scale: .agree),
            CheckInItem(id: "afraid", text: "How often have you felt afraid?", scale: .frequency),
        ],
        support: SupportWords(
            title: "Support", text: "Talk to someone.",
            note: "Keep this list in mind, for you or for someone you know, now or later."),
        emergency: "Call your local emergency number.",
        shared: SharedSafety(title: "If home does not feel safe", text: "Talk to someone on your own first."),
        regions: ["ANY": "Everywhere"],
        resources: [
            Resource(
                name: "Line", region: "ANY", languages: ["en"], hours: "any time", reach: [Contact(kind: .call, value: "000")],
                audience: "anyone", source: "https://example.org", checked: "2026-11-27")
        ]
    )

    /// The fixture's content with these interface sentences.
    public static func make(interface: InterfaceText) -> Content {
        Content(
            texts: Texts(
                title: "T", minutes: 5, welcome: "W", privacy: "P", disclaimer: "D",
                resultsIntro: "R", soloResultsIntro: "S", notEnough: "not enough answers"),
            scale: Scale(choices: ["SD", "D", "N", "A", "SA"], preferNot: "Prefer not to say"),
            readiness: readiness, themes: [blame, pace], checkIn: checkIn, thresholds: thresholds,
            pairings: labels, cards: cards, interface: interface,
            identity: ContentIdentity(id: "fixture", version: 1, sections: [readiness, blame, pace])
        )
    }

    /// A sheet from item id → level (0 is "prefer not to say").
    public static func sheet(_ name: String, _ codes: [String: Int]) -> AnswerSheet {
        AnswerSheet(name: name, answers: codes.mapValues { Answer(code: $0)! })
    }

    /// Readiness answers with only r1 and r2 answered, at levels x and y: the score is (x + y − 2) × 12.5,
    /// rounded half up.
    public static func readinessCodes(_ levels: (Int, Int)) -> [String: Int] {
        ["r1": levels.0, "r2": levels.1, "r3": 0, "r4": 0]
    }
}
