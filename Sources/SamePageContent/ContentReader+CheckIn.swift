import SamePageCore

extension ContentReader {
    static let checkInFields = [
        "intro", "frequency_choices", "items", "support", "emergency", "shared", "regions", "resources",
    ]

    mutating func readCheckIn(_ checkIn: Fields?) -> CheckIn? {
        guard let checkIn else { return nil }
        let intro = checkIn.text("intro"), emergency = checkIn.text("emergency")
        let frequency = checkIn.texts("frequency_choices")
        if let frequency, frequency.count != 5 {
            checkIn.diagnostics.report(
                checkIn.file, checkIn.mark("frequency_choices"),
                "'frequency_choices' needs exactly five labels: never, once, sometimes, often, and not sure, in that order.")
        }
        let support = checkIn.fields(
            "support", what: "the support screen", allowed: ["title", "text", "note", "concern_note", "calm_note"])
        let supportWords = support.flatMap { support -> SupportWords? in
            // Nothing on the page may depend on the answers: a sentence that differs tells a watching partner.
            for old in ["concern_note", "calm_note"] where support.value(old) != nil {
                support.diagnostics.report(
                    support.file, support.mark(old),
                    "'support.\(old)' made the support page depend on the answers, which a partner watching could notice; everyone now sees the same page, so give it one closing sentence for everyone in 'note', written for a person who is safe and for one who is not."
                )
                return nil
            }
            guard let title = support.text("title"), let text = support.text("text"), let note = support.text("note") else { return nil }
            return SupportWords(title: title, text: text, note: note)
        }
        let shared = checkIn.fields("shared", what: "the safety section of the results", allowed: ["title", "text"])
        let sharedWords = shared.flatMap { shared -> SharedSafety? in
            let title = shared.text("title"), text = shared.text("text")
            guard let title, let text else { return nil }
            return SharedSafety(title: title, text: text)
        }
        let itemNodes = checkIn.list("items") ?? []
        let items = itemNodes.compactMap { readCheckInItem($0, file: checkIn.file) }
        let regions = readRegions(checkIn)
        let resourceNodes = checkIn.list("resources") ?? []
        let resources = resourceNodes.compactMap { readResource($0, file: checkIn.file, regions: regions) }
        guard let intro, let emergency, let frequency, frequency.count == 5, let supportWords, let sharedWords,
            let regions, !items.isEmpty, items.count == itemNodes.count, resources.count == resourceNodes.count
        else { return nil }
        return CheckIn(
            intro: intro, frequencyChoices: frequency, items: items, support: supportWords, emergency: emergency,
            shared: sharedWords, regions: regions, resources: resources
        )
    }

    /// A check-in item: one direction of keying, set by its scale. A statement on the agreement scale is
    /// safe to agree with; a question on the frequency scale asks how often something happened.
    private mutating func readCheckInItem(_ node: YAMLNode, file: String) -> CheckInItem? {
        guard
            let fields = Fields(
                node, file: file, what: "a check-in item", allowed: ["id", "text", "scale", "concern_when"],
                diagnostics: diagnostics)
        else { return nil }
        if fields.value("concern_when") != nil {
            diagnostics.report(
                file, fields.mark("concern_when"),
                "check-in items no longer take 'concern_when': give each a 'scale' instead, 'agree' for a statement that is safe to agree with (\"I feel safe at home\"), or 'frequency' for a question about how often something happened (\"How often has...?\")."
            )
            return nil
        }
        guard let id = self.id(fields), let text = fields.text("text"), let scale = fields.choice("scale", of: CheckInScale.self),
            register(id, fields)
        else { return nil }
        let isQuestion = text.hasSuffix("?")
        if scale == .frequency && !isQuestion {
            diagnostics.report(
                file, fields.mark("text"),
                "the check-in item '\(id)' is on the frequency scale, so its text should ask how often, as a question ending in '?'.")
            return nil
        }
        if scale == .agree && isQuestion {
            diagnostics.report(
                file, fields.mark("text"),
                "the check-in item '\(id)' is on the agreement scale, so its text should be a statement that is safe to agree with, not a question."
            )
            return nil
        }
        return CheckInItem(id: id, text: text, scale: scale)
    }

    private func readRegions(_ checkIn: Fields) -> [String: String]? {
        guard let regions = checkIn.value("regions") else {
            checkIn.diagnostics.report(checkIn.file, checkIn.node.mark, "the check-in needs a 'regions' field naming each region code.")
            return nil
        }
        guard let mapping = regions.mapping, !mapping.isEmpty else {
            checkIn.diagnostics.report(checkIn.file, regions.mark, "'regions' should be a set of codes and names, like 'CA: Canada'.")
            return nil
        }
        var names: [String: String] = [:]
        for (key, value) in mapping {
            guard let code = key.string.map({ SafeText.shown($0) }), let name = value.string.map({ SafeText.shown($0).trimmedText }),
                !code.isEmpty, !name.isEmpty
            else {
                checkIn.diagnostics.report(checkIn.file, key.mark, "each region needs a code and a name, like 'CA: Canada'.")
                return nil
            }
            names[code] = name
        }
        return names
    }

    private func readResource(_ node: YAMLNode, file: String, regions: [String: String]?) -> Resource? {
        guard
            let fields = Fields(
                node, file: file, what: "a resource",
                allowed: ["name", "region", "languages", "hours", "reach", "for", "source", "checked"],
                diagnostics: diagnostics)
        else { return nil }
        let name = fields.text("name"), region = fields.text("region"), languages = fields.texts("languages")
        let hours = fields.text("hours"), audience = fields.text("for"), source = fields.text("source")
        let checked = fields.text("checked"), reach = readReach(fields)
        guard let name, let region, let languages, let hours, let audience, let source, let checked, let reach else { return nil }
        let what = "the resource '\(name)'"
        if let regions, regions[region] == nil {
            let known = regions.keys.sorted().joined(separator: ", ")
            diagnostics.report(file, fields.mark("region"), "'\(region)' in \(what) is not one of the regions (\(known)).")
            return nil
        }
        guard source.hasPrefix("https://") else {
            diagnostics.report(file, fields.mark("source"), "'source' in \(what) should be the service's own page, starting with https://.")
            return nil
        }
        guard CalendarDay(checked) != nil else {
            diagnostics.report(file, fields.mark("checked"), "'checked' in \(what) should be the day it was checked, like 2026-11-27.")
            return nil
        }
        return Resource(
            name: name, region: region, languages: languages, hours: hours, reach: reach, audience: audience,
            source: source, checked: checked)
    }

    /// Each way to reach a service: a list of one-field entries such as `- call: "988"`.
    private func readReach(_ fields: Fields) -> [Contact]? {
        guard let nodes = fields.list("reach") else { return nil }
        var contacts: [Contact] = []
        for node in nodes {
            guard let mapping = node.mapping, mapping.count == 1, let (key, value) = mapping.first,
                let kind = key.string.flatMap(Contact.Kind.init(rawValue:)),
                let text = value.string.map({ SafeText.shown($0).trimmedText }), !text.isEmpty
            else {
                let kinds = Contact.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.report(
                    fields.file, node.mark,
                    "each entry of 'reach' in \(fields.what) should be one of \(kinds) with its number or address, like 'call: \"988\"'.")
                return nil
            }
            contacts.append(Contact(kind: kind, value: text))
        }
        return contacts
    }
}
