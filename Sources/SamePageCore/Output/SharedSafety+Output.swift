/// The safety section that ends every shared result (screen, text, JSON and report), the same for
/// everyone, whatever anyone answered in the check-in; it never says or implies that anyone raised a concern.
extension CheckIn {
    /// As wrapped lines of text, title first.
    public func sharedLines(width: Int) -> [String] {
        var lines = [shared.title] + wrapColumns(shared.text, width: width) + [""] + wrapColumns(emergency, width: width)
        for resource in resources {
            lines += wrap("- \(regionName(resource.region)): \(resource.name): \(resource.reachLine)", width: width)
                .enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
        }
        return lines
    }

    /// As a fixed JSON field: the same keys, in the same shape, for every pair and every answer.
    public var sharedJSON: JSONValue {
        .object([
            "title": .string(shared.title),
            "text": .string(shared.text),
            "emergency": .string(emergency),
            "resources": .array(resources.map { resource in
                .object([
                    "name": .string(resource.name),
                    "region": .string(resource.region),
                    "languages": .array(resource.languages.map(JSONValue.string)),
                    "hours": .string(resource.hours),
                    "reach": .array(resource.reach.map { .object(["kind": .string($0.kind.rawValue), "value": .string($0.value)]) }),
                    "for": .string(resource.audience),
                    "source": .string(resource.source),
                    "checked": .string(resource.checked),
                ])
            }),
        ])
    }

    /// As a Markdown section.
    public var sharedMarkdown: [String] {
        var lines = ["## " + shared.title, "", shared.text, "", emergency, ""]
        for resource in resources {
            lines.append("- **\(resource.name)** (\(regionName(resource.region))): \(resource.reachLine). For \(resource.audience); \(resource.hours).")
        }
        return lines
    }
}
