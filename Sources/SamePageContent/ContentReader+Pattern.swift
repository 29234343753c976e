import SamePageCore

extension ContentReader {
    /// The section on how therapy comes up: items in mirrored pairs, each with its side (`raise` or
    /// `step-back`) and whose behaviour it describes (`me` or `partner`). Every pair has exactly one `me`
    /// item and one `partner` item on the same side, and both sides are asked about, so the section
    /// always measures both sides of the pattern from both seats.
    mutating func readPattern(_ fields: Fields) -> Section? {
        let name = fields.text("name"), about = fields.text("about")
        var items: [Item] = []
        var pairs: [String: [(item: Item, fields: Fields)]] = [:]
        var pairOrder: [String] = []
        var failed = false
        for node in fields.list("items") ?? [] {
            guard
                let item = Fields(
                    node, file: fields.file, what: "an item of \(fields.what)",
                    allowed: ["id", "text", "pair", "side", "who"], diagnostics: diagnostics),
                let id = self.id(item), let text = item.text("text"), let pair = item.text("pair"),
                let side = item.choice("side", of: PatternSide.self), let who = item.choice("who", of: PatternWho.self),
                register(id, item)
            else { failed = true; continue }
            let role = PatternRole(side: side, who: who, pair: pair)
            let made = Item(id: id, text: text, pattern: role)
            items.append(made)
            if pairs[pair] == nil { pairOrder.append(pair) }
            pairs[pair, default: []].append((made, item))
        }
        guard !failed else { return nil }
        for pair in pairOrder {
            let members = pairs[pair] ?? []
            let whos = members.compactMap(\.item.pattern?.who)
            guard members.count == 2, Set(whos) == [.me, .partner] else {
                let mark = members.last?.fields.mark("pair")
                diagnostics.report(
                    fields.file, mark,
                    "the pair '\(pair)' in \(fields.what) needs exactly two items, one with 'who: me' and one with 'who: partner', so each thing is asked about both people."
                )
                failed = true
                continue
            }
            if members[0].item.pattern?.side != members[1].item.pattern?.side {
                diagnostics.report(
                    fields.file, members[1].fields.mark("side"),
                    "the two items of the pair '\(pair)' in \(fields.what) should have the same 'side': they say the same thing with the roles swapped."
                )
                failed = true
            }
        }
        let sides = Set(items.compactMap(\.pattern?.side))
        if !items.isEmpty && sides != Set(PatternSide.allCases) {
            let missing = PatternSide.allCases.filter { !sides.contains($0) }.map(\.rawValue).joined(separator: ", ")
            diagnostics.report(
                fields.file, fields.mark("items"),
                "\(fields.what) asks about only one side; add a pair for '\(missing)', so both sides of the pattern are asked about.")
            failed = true
        }
        guard let name, let about, !failed, !items.isEmpty else { return nil }
        return Section(id: "pattern", name: name, about: about, items: items)
    }
}
