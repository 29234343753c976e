/// The printable report's styles: one column on a phone, and on paper small enough that a couple's report
/// fits two pages and one person's one page, on Letter and on A4, with no chart or card split by a page
/// break. Text is near black on white (well above WCAG AA), and nothing depends on colour: the two people
/// differ by a solid or an outlined mark, and by a solid or a dashed rule beside their sentences.
enum ReportStyle {
    static func css(paper: String?) -> String {
        // The same margins with or without a size, so a page printed from a browser keeps the page budget.
        let page = "@page { " + (paper.map { "size: \($0); " } ?? "") + "margin: 8mm 9mm; }"
        return page + "\n" + base + "\n" + print
    }

    private static let base = """
        :root { color: #1a1a1a; background: #fff; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
        body { margin: 0 auto; max-width: 46rem; padding: 1rem; line-height: 1.4; overflow-wrap: anywhere; }
        h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
        h2 { font-size: 1.15rem; margin: 1.2rem 0 .4rem; padding-bottom: .15rem; border-bottom: 2px solid #1f4f7a; break-after: avoid; }
        h3 { font-size: 1rem; margin: .8rem 0 .3rem; break-after: avoid; }
        p { margin: .3rem 0; }
        .made, .note, .why { color: #454545; }
        .made { font-size: .85rem; }
        .lead { font-weight: bold; }
        .accent { border-left: 4px solid #1f4f7a; padding-left: .5rem; font-weight: bold; }
        .person { padding-left: .5rem; border-left: 4px solid #1f4f7a; }
        .person.p1 { border-left-style: dashed; }
        figure { margin: .5rem 0; break-inside: avoid; }
        figcaption { font-weight: bold; }
        svg.chart { display: block; width: 100%; max-width: 24rem; height: auto; font-size: 13px; font-family: inherit; }
        svg text { fill: #1a1a1a; }
        svg text.missing { font-style: italic; font-size: 11px; }
        svg .track { stroke: #595959; stroke-width: 1; fill: #f2f2f2; }
        svg line.track { stroke-width: 2; }
        svg .gap { fill: #a6a6a6; }
        svg .p0 { fill: #1f4f7a; stroke: #1f4f7a; stroke-width: 2; }
        svg .p1 { fill: #fff; stroke: #1f4f7a; stroke-width: 2.5; }
        .card { border: 1px solid #595959; border-radius: 4px; padding: .4rem .7rem; margin: .6rem 0; break-inside: avoid; }
        .card h3 { margin-top: .1rem; }
        .audience { font-size: .85rem; font-weight: bold; color: #454545; margin: 0; }
        .steps { font-weight: bold; margin-bottom: 0; }
        ul { margin: .2rem 0; padding-left: 1.2rem; }
        ul.services { list-style: none; padding-left: 0; }
        .region { font-weight: bold; text-transform: uppercase; font-size: .85em; letter-spacing: .03em; }
        .services strong { font-weight: 600; }
        .services li { margin: .15rem 0; }
        .number { white-space: nowrap; }
        """

    /// On paper: smaller type in columns (two for a couple, three for a person alone), so short lines waste
    /// no room; a heading stays with what follows it, and a chart or a card is never split.
    private static let print = """
        @media print {
          :root { font-size: 7.7pt; }
          body { max-width: none; padding: 0; line-height: 1.22; }
          header { margin-bottom: .3rem; }
          h1 { font-size: 14pt; }
          main { columns: 2; column-gap: 6mm; }
          h2 { font-size: 10.5pt; margin: .5rem 0 .2rem; }
          section:first-child h2 { margin-top: 0; }
          h3 { font-size: 9pt; margin: .35rem 0 .15rem; }
          p { margin: .15rem 0; }
          .note, .why, .made { font-size: .92em; }
          figure { margin: .25rem 0; }
          svg.chart.meter { max-width: 80mm; }
          svg.chart.worry { max-width: 56mm; }
          .card { margin: .3rem 0; padding: .25rem .5rem; }
          section#support { column-span: all; }
          .services { font-size: 7pt; line-height: 1.16; columns: 3; column-gap: 5mm; }
          .services li { break-inside: avoid; margin: .1rem 0; }
          body.solo { font-size: 6.5pt; line-height: 1.12; }
          body.solo main { columns: 3; column-gap: 5mm; }
          body.solo figure.worry { display: grid; grid-template-columns: 42% 1fr; column-gap: 2mm; align-items: center; }
          body.solo figure.worry > p { grid-column: 1 / -1; }
          body.solo svg.chart.worry { max-width: 100%; }
          body.solo section#support { column-span: none; }
          body.solo .services { font-size: 6.5pt; columns: 1; }
        }
        """
}
