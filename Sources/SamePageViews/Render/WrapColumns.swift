import SamePageCore

/// Word-wraps by display width, one grapheme cluster at a time, and always makes progress: a word longer
/// than the width is broken between clusters, and a single cluster wider than the line (a wide letter
/// with many combining marks on a very narrow line) goes on a line of its own, cut to the width. So
/// nothing is drawn past the edge and no input can make wrapping loop.
public func wrapColumns(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let start = lines.count
        var line = ""
        var used = 0
        for word in paragraph.split(separator: " ") {
            let wordWidth = word.displayWidth
            if !line.isEmpty && used + 1 + wordWidth <= width {
                line += " " + word
                used += 1 + wordWidth
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                used = 0
            }
            // Each cluster of the word is placed once: on this line if it fits, else on a new one.
            for character in word {
                let columns = character.displayWidth
                if used + columns <= width {
                    line.append(character)
                    used += columns
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                if columns > width {
                    // Too wide for any line: a line of its own, cut to the width (nothing, if nothing fits).
                    let cut = character.cut(columns: width)
                    if !cut.isEmpty { lines.append(cut) }
                    line = ""
                    used = 0
                } else {
                    line = String(character)
                    used = columns
                }
            }
        }
        // An empty paragraph is an empty line; otherwise only a line that holds something is kept.
        if !line.isEmpty || lines.count == start { lines.append(line) }
    }
    return lines
}
