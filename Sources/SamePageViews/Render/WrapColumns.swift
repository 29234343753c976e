import SamePageCore

/// Word-wraps by display width, one grapheme cluster at a time, and always makes progress: a word longer
/// than the width is broken between clusters, and a single cluster wider than the line (a wide letter
/// with many combining marks on a very narrow line) goes on a line of its own, cut to the width. So
/// nothing is drawn past the edge and no input can make wrapping loop. Groups of digits stay on one line
/// ("0800 999 5428"), as a phone number is read and dialled.
public func wrapColumns(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let start = lines.count
        var line = ""
        var used = 0
        for word in keepingNumbersTogether(paragraph.split(separator: " "), width: width) {
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

/// The words, with a group of digits joined to the one before it ("1 866 277 3553" is one word to wrap),
/// where the whole number fits on a line; a longer one wraps between its groups, as other words do.
private func keepingNumbersTogether(_ words: [Substring], width: Int) -> [Substring] {
    guard words.count > 1 else { return words }
    var joined: [Substring] = []
    for word in words {
        if let last = joined.last, last.last?.isASCII == true, last.last?.isNumber == true,
            word.first?.isASCII == true, word.first?.isNumber == true, last.displayWidth + 1 + word.displayWidth <= width
        {
            joined[joined.count - 1] = Substring(last + " " + word)
        } else {
            joined.append(word)
        }
    }
    return joined
}
