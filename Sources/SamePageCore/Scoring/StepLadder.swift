/// The ladder of next steps (read about it, a short call, one session together, regular sessions): the
/// largest step everyone said yes to, and the one after it, which is the most useful single line for a
/// couple. "Yes" is agree or strongly agree; "not sure" is not a yes. Steps taken alone make a ladder of
/// their own, for each person.
///
/// It also sets the pace of the guidance: a card's step that asks for a step of the ladder is shown only
/// when that step is at most the next one after the largest yes (see `allows`).
public struct StepLadder: Sendable, Equatable {
    /// One step of the ladder and who said yes to it, in the order of the partners.
    public struct Rung: Sendable, Equatable {
        public var id: String
        public var name: String
        public var alone: Bool
        public var yes: [Bool]
        /// Who said no to it (disagree or strongly disagree).
        public var no: [Bool]
    }

    public var rungs: [Rung]

    public init(content: Content, sheets: [AnswerSheet]) {
        rungs = (content.steps?.items ?? []).map { item in
            let levels = sheets.map { sheet -> Int? in
                if case .level(let level)? = sheet.answers[item.id] { return level }
                return nil
            }
            return Rung(
                id: item.id, name: item.step ?? item.text, alone: item.alone,
                yes: levels.map { ($0 ?? 0) >= 4 }, no: levels.map { $0.map { $0 <= 2 } ?? false })
        }
    }

    private var shared: [Rung] { rungs.filter { !$0.alone } }

    /// The highest step of `ladder` that every one of `people` said yes to, whatever lies below it.
    private static func highest(_ ladder: [Rung], people: [Int]) -> Int? {
        ladder.lastIndex { rung in people.allSatisfy { rung.yes[$0] } }
    }

    private var everyone: [Int] { rungs.first.map { Array($0.yes.indices) } ?? [] }

    /// The largest shared step everyone said yes to, by its short name; nil when there is none.
    public var largest: String? { Self.highest(shared, people: everyone).map { shared[$0].name } }

    /// The shared step after `largest` (the first one when there is none); nil at the top of the ladder.
    public var next: String? {
        let following = Self.highest(shared, people: everyone).map { $0 + 1 } ?? 0
        return shared.indices.contains(following) ? shared[following].name : nil
    }

    /// Whether everyone said yes to every shared step.
    public var everyShared: Bool { !shared.isEmpty && shared.allSatisfy { $0.yes.allSatisfy { $0 } } }

    /// For each person: the steps taken alone they said yes to, by short name.
    public var alone: [[String]] {
        everyone.map { person in rungs.filter { $0.alone && $0.yes[person] }.map(\.name) }
    }

    /// Whether a card's step that asks for the step `pace` keeps the pace: the step is at most the one
    /// after the highest step everyone said yes to (the first step when there is none), and no one the card
    /// speaks to (`people`; everyone when empty) said no to it. The shared ladder counts both people's
    /// yeses; the steps taken alone, the yeses of the people the card speaks to. A pace the ladder does not
    /// have never holds a step back.
    public func allows(_ pace: String, people: [Int]) -> Bool {
        guard let rung = rungs.first(where: { $0.id == pace }) else { return true }
        let speaksTo = people.isEmpty ? everyone : people
        guard !speaksTo.contains(where: { rung.no[$0] }) else { return false }
        let ladder = rungs.filter { $0.alone == rung.alone }
        let limit = Self.highest(ladder, people: rung.alone ? speaksTo : everyone).map { $0 + 1 } ?? 0
        return (ladder.firstIndex { $0.id == pace } ?? 0) <= limit
    }

    /// The shared step after the highest one everyone said yes to: the furthest a suggested step goes.
    public var paceLimit: String? { next ?? shared.last?.name }
}
