extension CheckIn {
    /// As a fixed JSON field: the same keys, in the same shape, for every pair and every answer.
    public var sharedJSON: JSONValue {
        .object([
            "title": .string(shared.title),
            "text": .string(shared.text),
            "emergency": .string(emergency),
            "resources": .array(
                resources.map { resource in
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
}
