/// The ladder of next steps (read about it, a short call, one session together, regular sessions): the
/// largest step every person said yes to, and the one after it, which is the most useful single line for
/// a couple. "Yes" is agree or strongly agree; "not sure" is not a yes. Steps taken alone stand apart.
public struct StepLadder: Sendable, Equatable {
    /// The largest shared step everyone said yes to, and every step below it too, by its short name; nil
    /// when there is none.
    public var largest: String?
    /// The shared step after `largest` (the first one when there is none); nil at the top of the ladder.
    public var next: String?
    /// For each person: whether they said yes to each step taken alone, by its short name.
    public var alone: [[String]]

    public init(content: Content, sheets: [AnswerSheet]) {
        let items = content.steps?.items ?? []
        let shared = items.filter { !$0.alone }
        func yes(_ item: Item, _ sheet: AnswerSheet) -> Bool {
            if case .level(let level)? = sheet.answers[item.id] { return level >= 4 }
            return false
        }
        // The top of the unbroken run of yeses from the first step: "every step up to X" is then true.
        let run = shared.prefix { item in sheets.allSatisfy { yes(item, $0) } }.count
        let reached = run > 0 ? run - 1 : nil
        largest = reached.map { shared[$0].step ?? shared[$0].text }
        let following = reached.map { $0 + 1 } ?? 0
        next = shared.indices.contains(following) ? shared[following].step ?? shared[following].text : nil
        alone = sheets.map { sheet in items.filter { $0.alone && yes($0, sheet) }.map { $0.step ?? $0.text } }
    }

}
