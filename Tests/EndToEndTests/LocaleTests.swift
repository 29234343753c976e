import Foundation
import Testing

/// Locales that cannot show every symbol or letter (LANG=C, POSIX, none at all, as in containers and over
/// SSH): the key names still draw, in ASCII, and a language with accents gets UTF-8 with one sentence.
@Suite("Key names and words under every locale (tmux)", .serialized)
struct LocaleTests {
    @Test("under C, POSIX or no locale, the key names draw in ASCII and nothing vanishes", arguments: ["C", "POSIX", ""])
    func asciiKeyNames(lang: String) throws {
        let tmux = try Tmux(["--solo", "--private"], environment: ["LANG": lang])
        try tmux.startSolo("Kim")
        let question = try tmux.wait(for: "^v move   1-5 answer")
        #expect(question.contains("< back") && question.contains("Enter choose"), "\(question)")
        try tmux.send("Enter")
        try tmux.wait(for: "Choose an answer first: ^v then Enter")
        try tmux.send("C-x")
    }

    @Test("French under an ASCII-only locale is shown in UTF-8, said once in one sentence")
    func frenchNeedsUTF8() throws {
        let folder = try Binary.scratch()
        let tmux = try Tmux(["--lang", "fr", "--solo", "--private"], environment: ["LANG": "C"], errors: folder + "/errors.txt")
        try tmux.wait(for: "Bienvenue · Français")
        try tmux.send("C-x")
        try tmux.wait(for: "EXIT=")
        let errors = try String(contentsOfFile: folder + "/errors.txt", encoding: .utf8)
        let sentence =
            "samepage\u{A0}: le jeu de caractères de cette locale (ANSI_X3.4-1968) ne peut pas afficher ces mots; les écrans utilisent donc UTF-8.\n"
        #expect(errors == sentence, "said once, in one sentence: \(errors)")
    }
}
