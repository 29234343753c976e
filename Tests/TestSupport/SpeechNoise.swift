/// What a speech synthesiser would read as noise, line by line: rules and headings of symbols, a drawn
/// meter, a bare "--", " · " (read "point" in French), a number's groups joined by hyphens (read "dash").
/// scripts/speech/noise holds the evidence, from espeak-ng itself.
public enum SpeechNoise {
    public static func lines(in text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            line.contains("==") || line.contains("---") || line.contains("[") && line.contains("]") && line.contains("100")
                || line.split(separator: " ").contains("--") || line.contains(" · ")
                || line.firstMatch(of: /\d-\d/) != nil
        }
    }
}
