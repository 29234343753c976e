/// Text for the ear, as line by line prints it for a screen reader: a symbol a speech synthesiser reads out
/// is put in words' places. espeak-ng says "point" for the " · " between two parts of a line in French, and
/// "dash" for each hyphen of 1-800-799-7233 in English; a comma pauses, and no-break spaces between a
/// number's groups are read as groups in both languages (scripts/speech/noise has the evidence).
public enum SpokenText {
    public static func cleaned(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : nil, after = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "·", before == " ", after == nil || after == " " || after == "\n" {
                out.removeLast()
                out.append(",")
            } else if character == "-", before?.isNumber == true, after?.isNumber == true {
                out.append("\u{00A0}")
            } else {
                out.append(character)
            }
        }
        return out
    }
}
