/// A list of words in a sentence, as the language joins it: "a", "a and b", "a, b and c". When an item
/// holds the separator itself ("Cost, time and finding help"), items are joined by the content's stronger
/// separator, so the list still reads as its items.
public enum ListWords {
    public static func joined(_ items: [String], words: InterfaceText) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        // The content's separators are the marks alone (a text is trimmed); a space follows each.
        let separator = words(.summaryListSeparator)
        if items.contains(where: { $0.contains(separator) }) { return items.joined(separator: words(.summaryListSeparatorStrong) + " ") }
        return words(.summaryListLast, ["first": items.dropLast().joined(separator: separator + " "), "last": last])
    }
}
