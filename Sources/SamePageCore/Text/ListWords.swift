/// A list of words in a sentence, as the language joins it: "a", "a and b", "a, b and c". When an item
/// holds the separator itself ("Cost, time and finding help"), items are joined by the content's stronger
/// separator, so the list still reads as its items.
public enum ListWords {
    /// "More ideas: A; B." A title that ends in its own mark ("…on my side?") is followed by a space, not
    /// by a separator, and the sentence's full stop is left off after it: never "side?;" or "herself?.".
    public static func moreIdeas(_ titles: [String], words: InterfaceText) -> String {
        let marks: Set<Character> = ["?", "!", ".", "…"]
        var list = ""
        for (index, title) in titles.enumerated() {
            if index > 0 { list += marks.contains(titles[index - 1].last ?? " ") ? " " : words(.summaryListSeparatorStrong) + " " }
            list += title
        }
        let sentence = words(.resultsMoreIdeasList, ["titles": list])
        guard let last = titles.last?.last, marks.contains(last), sentence.hasSuffix(list + ".") else { return sentence }
        return String(sentence.dropLast())
    }

    public static func joined(_ items: [String], words: InterfaceText) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        // The content's separators are the marks alone (a text is trimmed); a space follows each.
        let separator = words(.summaryListSeparator)
        if items.contains(where: { $0.contains(separator) }) { return items.joined(separator: words(.summaryListSeparatorStrong) + " ") }
        return words(.summaryListLast, ["first": items.dropLast().joined(separator: separator + " "), "last": last])
    }
}
