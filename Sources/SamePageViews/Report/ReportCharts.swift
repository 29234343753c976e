import SamePageCore

/// The report's pictures, as SVG drawn from the results document's bars: each has a title and a description
/// a screen reader reads, every mark carries its person's name and number beside it, and the two people
/// differ by shape and fill (solid, outlined), never by colour alone, so a greyscale print keeps them apart.
struct ReportCharts {
    let words: InterfaceText
    /// Room for a name on the meter and on a worry's chart; the whole name is in the description and in the
    /// sentences around it.
    static let meterNameRoom = 14
    static let worryNameRoom = 11

    /// Both readiness scores on one 0–100 track, the gap between them drawn as a band.
    func meter(_ bars: [ResultsDocument.Bar], id: String) -> String {
        let left = 30.0
        let right = 362.0
        let trackY = 36.0
        func x(_ value: Int) -> Double { left + (right - left) * Double(value) / 100 }
        var marks: [String] = []
        let scores = bars.compactMap(\.value)
        if scores.count == 2, scores[0] != scores[1] {
            let from = x(min(scores[0], scores[1]))
            marks.append(#"<rect class="gap" x="\#(from)" y="\#(trackY - 4)" width="\#(x(max(scores[0], scores[1])) - from)" height="8"/>"#)
        }
        // The second person first, so where both stand the solid mark sits inside the outlined one.
        for bar in bars.reversed() {
            guard let value = bar.value else { continue }
            let centre = x(value)
            marks.append(
                bar.person == 0
                    ? #"<circle class="p0" cx="\#(centre)" cy="\#(trackY)" r="7"/>"#
                    : #"<rect class="p1" x="\#(centre - 9)" y="\#(trackY - 9)" width="18" height="18"/>"#)
            // Labels: the first person's above the track, the second's below, so they never collide.
            let anchor = centre < 90 ? "start" : centre > 310 ? "end" : "middle"
            let labelY = bar.person == 0 ? trackY - 14 : trackY + 28
            let label = HTMLText.escaped(HTMLText.shortened(bar.name, to: Self.meterNameRoom)) + " " + String(value)
            marks.append(#"<text x="\#(centre)" y="\#(labelY)" text-anchor="\#(anchor)">\#(label)</text>"#)
        }
        let body =
            [
                #"<line class="track" x1="\#(left)" y1="\#(trackY)" x2="\#(right)" y2="\#(trackY)"/>"#,
                // The ends' numbers stand clear of a mark at 0 or at 100.
                #"<text x="\#(left - 12)" y="\#(trackY + 5)" text-anchor="end">0</text>"#,
                #"<text x="\#(right + 12)" y="\#(trackY + 5)">100</text>"#,
            ] + marks
        return svg(
            id: id, width: 400, height: 70, title: words(.printableMeterTitle), description: values(bars), body: body, label: "meter")
    }

    /// One worry: a bar for each person, from 0 to 100, with the name at its left and the number (or what
    /// the person chose instead, in the bar's room) at its right. A person alone is named in the chart's
    /// description only, so their chart is one short bar that fits beside the worry's name.
    func worry(_ title: String, bars: [ResultsDocument.Bar], id: String) -> String {
        let alone = bars.count == 1
        let (bar0, barLength, width) = alone ? (2.0, 150.0, 190) : (90.0, 140.0, 300)
        let rowHeight = 22.0
        var body: [String] = []
        for (row, bar) in bars.enumerated() {
            let top = 3 + Double(row) * rowHeight
            if !alone {
                let name = HTMLText.escaped(HTMLText.shortened(bar.name, to: Self.worryNameRoom))
                // A little in from the edge: a letter such as J reaches left of where it starts.
                body.append(#"<text x="2" y="\#(top + 13)">\#(name)</text>"#)
            }
            if let value = bar.value {
                body.append(#"<rect class="track" x="\#(bar0)" y="\#(top + 2)" width="\#(barLength)" height="14"/>"#)
                if value > 0 {
                    let length = barLength * Double(value) / 100
                    body.append(#"<rect class="p\#(bar.person)" x="\#(bar0)" y="\#(top + 2)" width="\#(length)" height="14"/>"#)
                }
                body.append(#"<text x="\#(bar0 + barLength + 6)" y="\#(top + 13)">\#(value)</text>"#)
            } else {
                // What the person chose, squeezed to the room it has when it is longer (about 6 units a letter).
                let missing = bar.missing ?? ""
                let room = Double(width) - bar0
                let squeeze = Double(missing.count) * 6.2 > room ? #" textLength="\#(room)" lengthAdjust="spacingAndGlyphs""# : ""
                body.append(#"<text class="missing" x="\#(bar0)" y="\#(top + 13)"\#(squeeze)>\#(HTMLText.escaped(missing))</text>"#)
            }
        }
        return svg(
            id: id, width: width, height: 6 + Double(bars.count) * rowHeight, title: words(.printableWorryTitle, ["theme": title]),
            description: values(bars), body: body, label: "worry")
    }

    /// "Alex: 72 and Sam: kept these answers private", in the language's own punctuation.
    private func values(_ bars: [ResultsDocument.Bar]) -> String {
        let each = bars.map { words(.printableValue, ["name": $0.name, "value": $0.value.map(String.init) ?? $0.missing ?? ""]) }
        return ListWords.joined(each, words: words)
    }

    private func svg(id: String, width: Int, height: Double, title: String, description: String, body: [String], label: String) -> String {
        let head =
            #"<svg class="chart \#(label)" viewBox="0 0 \#(width) \#(height)" role="img" aria-labelledby="\#(id)-t \#(id)-d" "#
            + #"xmlns="http://www.w3.org/2000/svg">"#
        let named = [
            #"<title id="\#(id)-t">\#(HTMLText.escaped(title))</title>"#,
            #"<desc id="\#(id)-d">\#(HTMLText.escaped(description))</desc>"#,
        ]
        return ([head] + named + body + ["</svg>"]).joined(separator: "\n")
    }
}
