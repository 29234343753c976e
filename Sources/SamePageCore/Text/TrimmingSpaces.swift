extension String {
    /// Without the spaces at either end (only spaces: names and paths keep every other character).
    public var trimmingSpaces: Substring {
        let trimmedStart = drop { $0 == " " }
        return trimmedStart.dropLast(trimmedStart.reversed().prefix { $0 == " " }.count)
    }

    /// Without white space (line breaks included) at either end. Pure Swift: Foundation's
    /// `trimmingCharacters` bridges through NSString and was the largest single cost of loading content.
    public var trimmedText: String {
        // Text that starts and ends with a visible ASCII character is already trimmed.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension StringProtocol {
    /// Every byte printable ASCII (space to tilde): one column a character, nothing to make safe, no
    /// clusters to find. The shortcut the text functions take before their full rules; inlinable, so each
    /// module gets it specialised for its own string type rather than a generic walk, byte by byte.
    @inlinable public var isPrintableASCII: Bool { utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
}
