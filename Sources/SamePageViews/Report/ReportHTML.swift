import SamePageCore

/// The results as a printable page: one self-contained HTML file (its styles and pictures inside, no
/// script, nothing fetched: its own policy forbids it) that a browser shows on a phone and prints on Letter or
/// A4. It renders the results document, like every other output, so the check-in cannot appear in it and
/// the support section is the same for everyone. Every word from a file or the content is escaped.
public struct ReportHTML {
    public let results: Results
    public let content: Content
    /// The day the report was made, as the caller wants it shown (for example "2026-12-03").
    public let date: String
    public var sample: SampleCouple?
    /// A paper size the page asks for ("A4", "letter"); nil leaves it to the browser's print settings.
    public var paper: String?

    public init(results: Results, content: Content, date: String, sample: SampleCouple? = nil, paper: String? = nil) {
        self.results = results
        self.content = content
        self.date = date
        self.sample = sample
        self.paper = paper
    }

    public func render() -> String {
        let document = ResultsDocument(results: results, content: content, sample: sample)
        let identity = results.identity
        var html = [
            "<!DOCTYPE html>",
            #"<html lang="\#(language)">"#,
            "<head>",
            #"<meta charset="utf-8">"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
            // Nothing in the page may be fetched or run: a name in it stays words, and opening it sends nothing.
            #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#,
            "<title>\(text(content.texts.title))</title>",
            "<style>", ReportStyle.css(paper: paper), "</style>",
            "</head>",
            #"<body class="\#(results.mode == .solo ? "solo" : "couple")">"#,
            "<header>",
            "<h1>\(text(content.texts.title))</h1>",
            #"<p class="made">"#
                + text(
                    words(
                        .printableMadeOn,
                        ["date": date, "id": identity.id, "version": String(identity.version), "fingerprint": identity.fingerprint]))
                + "</p>",
            "</header>",
            "<main>",
        ]
        for section in document.sections {
            html.append(#"<section id="\#(section.id.id)">"#)
            html.append("<h2>\(text(section.numbered))</h2>")
            html += section.blocks.enumerated().flatMap { render($1, id: "\(section.id.id)-\($0 + 1)") }
            html.append("</section>")
        }
        html += ["</main>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private var words: InterfaceText { content.interface }
    private var charts: ReportCharts { ReportCharts(words: words) }
    /// The page's language, as the browser needs it for hyphens and a screen reader for its voice.
    private var language: String { text(words.language == "fr" ? "fr-CA" : words.language) }
    private func text(_ text: String) -> String { HTMLText.escaped(text) }

    /// `id` names the block's chart, unique in the page.
    private func render(_ block: ResultsDocument.Block, id: String) -> [String] {
        switch block {
        case .text(let sentence, let role):
            switch role {
            case .plain: return ["<p>\(text(sentence))</p>"]
            case .lead: return [#"<p class="lead">\#(text(sentence))</p>"#]
            case .note: return [#"<p class="note">\#(text(sentence))</p>"#]
            case .accent: return [#"<p class="accent">\#(text(sentence))</p>"#]
            case .person(let person): return [#"<p class="person p\#(person)">\#(text(sentence))</p>"#]
            }
        case .heading(let heading): return ["<h3>\(text(heading))</h3>"]
        case .meter(let bars):
            return [#"<figure class="meter">"#, charts.meter(bars, id: id), "</figure>"]
        case .worry(let title, let bars, let about):
            var lines = [#"<figure class="worry">"#, "<figcaption>\(text(title))</figcaption>", charts.worry(title, bars: bars, id: id)]
            if let about { lines.append(#"<p class="note">\#(text(about))</p>"#) }
            return lines + ["</figure>"]
        case .card(let card):
            var lines = [
                #"<article class="card">"#,
                #"<p class="audience">\#(text(card.audience))</p>"#,
                "<h3>\(text(card.title))</h3>",
                "<p>\(text(card.text))</p>",
                #"<p class="steps">\#(text(words(.resultsStepsLabel)))</p>"#,
                "<ul>",
            ]
            lines += card.steps.map { "<li>\(text($0))</li>" }
            return lines + ["</ul>", #"<p class="why">\#(text(words(.resultsWhyThisText, ["reasons": card.why])))</p>"#, "</article>"]
        case .more(let titles):
            return ["<p>\(text(ListWords.moreIdeas(titles, words: words)))</p>"]
        case .support:
            return support()
        }
    }

    /// The shared safety section, word for word as the screen shows it: the services of each region
    /// together, each with how to reach it.
    private func support() -> [String] {
        let checkIn = content.checkIn
        var lines = [
            "<h3>\(text(checkIn.shared.title))</h3>", "<p>\(text(checkIn.shared.text))</p>",
            #"<p class="accent">\#(text(checkIn.emergency))</p>"#, #"<ul class="services">"#,
        ]
        // The list is in the reader's order; a region's services stay together in it.
        var regions: [(String, [Resource])] = []
        for resource in checkIn.resources {
            if regions.last?.0 == resource.region {
                regions[regions.count - 1].1.append(resource)
            } else {
                regions.append((resource.region, [resource]))
            }
        }
        for (region, resources) in regions {
            let services = resources.map {
                labelled("<strong>\(text($0.name))</strong>", $0.reach.map(contact).joined(separator: " · "))
            }
            lines.append(
                #"<li><span class="region">\#(text(checkIn.regionName(region)))</span> "#
                    + services.joined(separator: "; ") + "</li>")
        }
        return lines + ["</ul>"]
    }

    /// A label and what it names (both already HTML) in the language's punctuation, the content's pattern
    /// escaped like every other text.
    private func labelled(_ label: String, _ value: String) -> String {
        let (labelMark, valueMark) = ("\u{E000}", "\u{E001}")
        return text(words(.typographyLabel, ["label": labelMark, "value": valueMark]))
            .replacing(labelMark, with: label).replacing(valueMark, with: value)
    }

    /// One way to reach a service, its number kept whole on one line, as helplines print them.
    private func contact(_ contact: Contact) -> String {
        guard [.call, .text, .tty].contains(contact.kind) else { return text(contact.sentence(words)) }
        let marker = "\u{FFFC}"
        let sentence = text(Contact(kind: contact.kind, value: marker).sentence(words))
        return sentence.replacing(marker, with: #"<span class="number">\#(text(contact.value))</span>"#)
    }
}
