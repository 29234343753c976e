/// What a cell shows where the locale's character set is ASCII alone (LANG=C, POSIX, or none): every
/// symbol and letter the screens use, one for one and column for column, so no key name or word vanishes
/// ("↑↓" becomes "^v", "é" becomes "e", a wide letter "??"). Only the terminal's drawing uses it.
public enum ASCIIFallback {
    private static let symbols: [Character: Character] = [
        "↑": "^", "↓": "v", "←": "<", "→": ">", "›": ">", "‹": "<", "•": "*", "·": "-", "…": ".",
        "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "«": "\"", "»": "\"", "–": "-", "—": "-",
        "─": "-", "═": "=", "█": "#", "░": ".", "\u{A0}": " ", "\u{202F}": " ",
    ]

    /// The ASCII a cell's text shows as, as many columns wide as the text.
    public static func cell(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        // A wide letter fills two cells, so it shows as two marks.
        return String(text.flatMap { $0.displayWidth == 2 ? ["?", "?"] : [character($0)] })
    }

    static func character(_ character: Character) -> Character {
        if character.isASCII { return character }
        if let symbol = symbols[character] { return symbol }
        // A letter with marks shows as its base letter when that is ASCII (é, ç, Ö); anything else as "?".
        if let base = character.unicodeScalars.first, base.isASCII, base.properties.isAlphabetic { return Character(base) }
        if let decomposed = latin[character] { return decomposed }
        return "?"
    }

    /// Precomposed Latin letters as their base letter: the accents of French and its neighbours.
    private static let latin: [Character: Character] = {
        let groups: [(Character, String)] = [
            ("a", "àáâãäåā"), ("A", "ÀÁÂÃÄÅĀ"), ("c", "çć"), ("C", "ÇĆ"), ("e", "èéêëē"), ("E", "ÈÉÊËĒ"),
            ("i", "ìíîïī"), ("I", "ÌÍÎÏĪ"), ("n", "ñ"), ("N", "Ñ"), ("o", "òóôõöøō"), ("O", "ÒÓÔÕÖØŌ"),
            ("u", "ùúûüū"), ("U", "ÙÚÛÜŪ"), ("y", "ýÿ"), ("Y", "ÝŸ"), ("s", "ß"), ("o", "œ"), ("O", "Œ"), ("a", "æ"), ("A", "Æ"),
        ]
        var table: [Character: Character] = [:]
        for (base, letters) in groups { for letter in letters { table[letter] = base } }
        return table
    }()
}
