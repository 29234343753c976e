import Foundation
import Testing

/// A name is escaped once at the edge of the Markdown report, in every sentence that can hold it: a
/// CommonMark parser (Debian's `cmark`, passing raw HTML through) finds no tag, link or emphasis in it.
@Suite("Hostile names in the report, through a CommonMark parser")
struct ReportMarkupTests {
    static let names = [
        "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "[x](javascript:alert(1))", "**Bold** _it_",
        "\\<b>back\\slash</b>", "`code` <!-- c -->", "&lt;b&gt;", "# Head", "a|b|c", "<https://example.org>",
    ]

    /// A solo answers file under `name`, written as the program writes it, then renamed inside.
    func answers(named name: String, code: String, to file: String, in folder: String) throws {
        let quoted = String(data: try JSONSerialization.data(withJSONObject: [name], options: [.withoutEscapingSlashes]), encoding: .utf8)!
        try Shipped.answersFile(jsonName: String(quoted.dropFirst(2).dropLast(2)), code: code, to: file, in: folder)
    }

    /// Every tag in a page, counted by name ("img", "/em", "!--").
    static func tags(_ html: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for part in html.components(separatedBy: "<").dropFirst() {
            let name = part.prefix { !" >\n".contains($0) }
            counts[String(name), default: 0] += 1
        }
        return counts
    }

    @Test("no raw HTML, link or emphasis comes from a name; the name is shown as its own text", arguments: names)
    func parsed(name: String) throws {
        let folder = try Binary.scratch()
        // Different levels, so the name is in many sentences: the summary, roles, worries, the pattern, "why this?".
        // The same report with a plain name is the yardstick: the hostile one has exactly its tags, no more.
        var pages: [String] = []
        for (file, person) in [("plain", "Kim"), ("hostile", name)] {
            try answers(named: person, code: "5", to: file + "-a.json", in: folder)
            try answers(named: "Sam", code: "2", to: file + "-b.json", in: folder)
            let made = try Binary.run(["report", file + "-a.json", file + "-b.json", "-o", file + ".md"], in: folder)
            #expect(made.status == 0, "\(made.stderr)")
            let html = try SystemTool.run("/usr/bin/cmark", ["--unsafe", folder + "/" + file + ".md"])
            #expect(html.status == 0)
            pages.append(html.output)
        }
        let hostile = pages[1]
        #expect(Self.tags(pages[1]) == Self.tags(pages[0]), "\(name): tags that came from the name")
        #expect(hostile.contains("onerror") == name.contains("onerror"))
        // The name comes through as text in the HTML (with &, < and > as entities).
        let asText = name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        #expect(hostile.contains(asText), "\(name) is not shown as its own text")
    }
}
