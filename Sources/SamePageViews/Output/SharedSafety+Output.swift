import SamePageCore

/// The safety section that ends every shared result (screen, text, JSON and report), the same for
/// everyone, whatever anyone answered in the check-in; it never says or implies that anyone raised a concern.
extension CheckIn {
    /// As wrapped lines of text, title first.
    public func sharedLines(width: Int, words: InterfaceText) -> [String] {
        var lines = [shared.title] + wrapColumns(shared.text, width: width) + [""] + wrapColumns(emergency, width: width)
        for resource in resources {
            let name = words(.typographyLabel, ["label": regionName(resource.region), "value": resource.name])
            lines += wrap(
                "- " + words(.typographyLabel, ["label": name, "value": resource.reachLine(words, unbroken: true)]), width: width
            )
            .enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
        }
        return lines
    }

    /// As a Markdown section whose title is a heading of `level` (under the report's "6 Support", 3).
    public func sharedMarkdown(_ words: InterfaceText, level: Int = 2) -> [String] {
        var lines = [String(repeating: "#", count: level) + " " + shared.title, "", shared.text, "", emergency, ""]
        for resource in resources {
            lines.append(
                "- "
                    + words(
                        .typographyLabel,
                        ["label": "**\(resource.name)** (\(regionName(resource.region)))", "value": resource.reachLine(words)])
                    + ". "
                    + words(.supportForReport, ["audience": resource.audience, "hours": resource.hours]))
        }
        return lines
    }
}
