/// Word-wraps prose to a width, with an indent on every line. Counts characters; the full-screen layer
/// measures display width itself.
public func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    let room = max(width - indent.count, 10)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        for word in paragraph.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= room {
                line += " " + word
            } else {
                lines.append(indent + line)
                line = String(word)
            }
        }
        lines.append(indent + line)
    }
    while lines.last?.trimmingSpaces.isEmpty == true { lines.removeLast() }
    return lines
}

extension String {
    var trimmingSpaces: Substring {
        let trimmedStart = drop { $0 == " " }
        return trimmedStart.dropLast(trimmedStart.reversed().prefix { $0 == " " }.count)
    }
}
