/// Makes text from outside the program (a file, the command line, a typed line) safe to show on a terminal,
/// in a message or in a report: nothing in it can act as a terminal command or turn text around.
///
/// - C0 and C1 control characters become visible: ESC shows as "␛", BEL as "␇", a C1 byte as "�". A
///   terminal then prints them as ordinary symbols, so an escape sequence is seen, never run.
/// - Bidi overrides, embeddings, isolates and marks are removed, so text cannot reorder what follows it.
/// - Invisible characters that only hide or split text (zero-width space, word joiner, BOM, line and
///   paragraph separators) are removed; the joiners that emoji and some scripts need are kept.
/// - Invalid UTF-8 is decoded as "�" by `SafeText.decoding`; a Swift `String` cannot hold a lone surrogate.
public enum SafeText {
    /// The text made safe. With `keepingLines`, line breaks stay (for paragraphs); otherwise they become
    /// visible too, so one quoted value can never pose as a line of its own.
    public static func shown(_ text: String, keepingLines: Bool = false) -> String {
        // Most text needs nothing: return it untouched without building a copy. First by bytes: only a
        // control byte or the lead byte of a C1 control or a hidden character can start something to change.
        let mayChange =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.contains { mayNeedWork($0, keepingLines: keepingLines) }
            } ?? text.utf8.contains { mayNeedWork($0, keepingLines: keepingLines) }
        guard mayChange else { return text }
        guard text.unicodeScalars.contains(where: { needsWork($0, keepingLines: keepingLines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLines && scalar == "\n" {
                out.append(scalar)
            } else if isHidden(scalar) {
                continue
            } else if let picture = picture(for: scalar) {
                out.append(picture)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Bytes from a file or a pipe as text, invalid UTF-8 shown as "�", then made safe.
    public static func decoding(_ bytes: some Collection<UInt8>, keepingLines: Bool = false) -> String {
        shown(String(decoding: bytes, as: UTF8.self), keepingLines: keepingLines)
    }

    /// True for the characters that never reach a terminal as they are.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        isHidden(scalar) || picture(for: scalar) != nil
    }

    /// False only for bytes that cannot begin an unsafe character: printable ASCII, and the lead and
    /// continuation bytes of letters and emoji (C2 leads C1 controls; D8, E1, E2 and EF lead the hidden ones).
    private static func mayNeedWork(_ byte: UInt8, keepingLines: Bool) -> Bool {
        switch byte {
        case 0x0A: !keepingLines
        case 0x00...0x1F, 0x7F, 0xC2, 0xD8, 0xE1, 0xE2, 0xEF: true
        default: false
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar, keepingLines: Bool) -> Bool {
        if keepingLines && scalar == "\n" { return false }
        return isUnsafe(scalar)
    }

    /// Direction controls and invisible separators: removed, since showing them would only add noise.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidi marks, overrides, isolates
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0x2028, 0x2029, 0x180E: true  // zero-width and line separators
        case 0xFFF9...0xFFFB: true  // interlinear annotation controls
        default: false
        }
    }

    /// The visible stand-in for a control character, or nil for any other character.
    static func picture(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)  // the Control Pictures block: ␀ … ␟
        case 0x7F: "\u{2421}"  // ␡
        case 0x80...0x9F: "\u{FFFD}"  // C1 controls have no pictures
        default: nil
        }
    }
}
