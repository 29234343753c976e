import SamePageCore

/// Word-wraps prose by display width, with an indent on every line.
public func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    var lines = wrapColumns(text, width: max(width - indent.displayWidth, 10)).map { indent + $0 }
    while lines.last?.allSatisfy({ $0 == " " }) == true { lines.removeLast() }
    return lines
}

extension String {
    /// Pads with spaces to `width` display columns, on the right or (for numbers) on the left.
    func padding(to width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(width - displayWidth, 0))
        return left ? fill + self : self + fill
    }
}
