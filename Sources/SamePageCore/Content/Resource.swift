/// A support line or service: the region it serves, its languages and hours, how to reach it, the
/// service's own page where its details were checked, and when.
public struct Resource: Sendable, Equatable {
    public var name: String
    public var region: String
    public var languages: [String]
    public var hours: String
    public var reach: [Contact]
    /// Who it is for, in a few words.
    public var audience: String
    public var source: String
    /// The day its details were last checked against `source`, as YYYY-MM-DD.
    public var checked: String

    public init(
        name: String, region: String, languages: [String], hours: String, reach: [Contact], audience: String,
        source: String, checked: String
    ) {
        self.name = name
        self.region = region
        self.languages = languages
        self.hours = hours
        self.reach = reach
        self.audience = audience
        self.source = source
        self.checked = checked
    }

    /// How to reach it, in one line: "Call 988 · Text 988 · Chat 988lifeline.org".
    public func reachLine(_ words: InterfaceText, unbroken: Bool = false) -> String {
        reach.map { $0.sentence(words, unbroken: unbroken) }.joined(separator: " · ")
    }
}

/// One way to reach a service.
public struct Contact: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case call, text, chat, tty, web
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// "Call 988", in the content's words. Kept whole (`unbroken`), for text that is wrapped, the spaces in the
    /// number and the one before it are no-break spaces: a label never ends a line without its number, and a
    /// number is never split across lines ("0800" / "999 5428").
    public func sentence(_ words: InterfaceText, unbroken: Bool = false) -> String {
        let shown = unbroken ? String(value.map { $0 == " " ? "\u{00A0}" : $0 }) : value
        let sentence =
            switch kind {
            case .call: words(.supportCall, ["value": shown])
            case .text: words(.supportText, ["value": shown])
            case .chat: words(.supportChat, ["value": shown])
            case .tty: words(.supportTty, ["value": shown])
            case .web: shown
            }
        guard unbroken, let range = sentence.firstRange(of: " " + shown) else { return sentence }
        var kept = sentence
        kept.replaceSubrange(range, with: "\u{00A0}" + shown)
        return kept
    }
}

extension CheckIn {
    /// The lines of the first resource's region (the reader's own, once `ordered`) and of its whole country,
    /// with the rest left out (other countries, the country's other provinces): what a screen reader reads
    /// before the full list is asked for.
    public var nearest: CheckIn {
        var near = self
        let first = resources.first?.region ?? ""
        let country = String(first.prefix { $0 != "-" })
        near.resources = resources.filter { $0.region == first || $0.region == country }
        return near
    }

    /// The lines `nearest` leaves out, in their order.
    public var elsewhere: [Resource] {
        let near = nearest.resources
        return resources.filter { resource in !near.contains(resource) }
    }

    /// The resources with the reader's own region first (and, within it, those in their language), then
    /// the rest in the order of the content, with "everywhere" last. Every resource stays reachable.
    public func ordered(language: String?, country: String?) -> CheckIn {
        func rank(_ resource: Resource) -> Int {
            if resource.region == "ANY" { return 3 }
            guard let country, resource.region == country || resource.region.hasPrefix(country + "-") else { return 2 }
            return language.map(resource.languages.contains) == true ? 0 : 1
        }
        var copy = self
        copy.resources = resources.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
        return copy
    }
}
