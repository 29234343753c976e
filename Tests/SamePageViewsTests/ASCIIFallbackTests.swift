import Testing
import TestSupport
@testable import SamePageViews

@Suite("What an ASCII-only locale shows")
struct ASCIIFallbackTests {
    @Test("symbols and accented letters become ASCII one for one; a wide letter fills its two cells; ASCII stays")
    func cells() {
        #expect(ASCIIFallback.cell("↑↓ move ← back › “quoted” · l’été") == "^v move < back > \"quoted\" - l'ete")
        #expect(ASCIIFallback.cell("Français, Öl, e\u{301}") == "Francais, Ol, e")
        #expect(ASCIIFallback.cell("李") == "??")
        #expect(ASCIIFallback.cell("plain text 123") == "plain text 123")
        #expect(ASCIIFallback.cell("🌱") == "??")
    }
}
