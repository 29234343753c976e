/// Builds the one document of a YAML file from libyaml's events, refusing what content never needs and
/// what could hurt: repeated keys, a second document, and aliases (`*name`) that expand past a budget.
struct YAMLComposer {
    /// More values than any content file has, by far. A few lines of anchors that refer to each other
    /// ("billion laughs") would otherwise expand to billions of values as the fields are read.
    static let largestExpansion = 100_000
    /// Content needs a few levels; a file nested deeper is refused as soon as it goes past this, so no
    /// input can exhaust the stack, whatever mix of indentation and brackets it uses.
    static let deepest = 64

    enum Failure: Error {
        case yaml(YAMLFailure)
        /// The 1-based line where the values, aliases expanded, first pass `largestExpansion`; `aliases`
        /// says whether the file used any, so the message can say what is really there.
        case tooManyValues(line: Int, aliases: Bool)
        /// The 1-based line where the nesting first goes deeper than `deepest`.
        case tooDeep(line: Int)
    }

    private let events: YAMLEvents
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Values seen so far, each alias counted as everything it stands for.
    private var expanded = 0
    private var sawAlias = false

    /// The document in `bytes`, or nil when the file holds none (only comments or blank lines).
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> YAMLNode? {
        guard bytes.count > 0 else { return nil }
        var composer = YAMLComposer(events: YAMLEvents(bytes))
        return try composer.document()
    }

    private init(events: YAMLEvents) {
        self.events = events
    }

    private mutating func next() throws(Failure) -> YAMLEvents.Event {
        do { return try events.next() } catch { throw .yaml(error) }
    }

    private mutating func document() throws(Failure) -> YAMLNode? {
        _ = try next()  // the stream's start
        let start = try next()
        guard case .documentStart = start.kind else { return nil }
        let root = try node(try next(), depth: 0)
        _ = try next()  // the document's end
        let after = try next()
        guard case .streamEnd = after.kind else {
            throw .yaml(YAMLFailure(problem: "expected a single document in the stream, but found another document", mark: after.mark))
        }
        return root
    }

    private mutating func count(_ values: Int, at mark: Mark) throws(Failure) {
        expanded += values
        if expanded > Self.largestExpansion { throw .tooManyValues(line: mark.line, aliases: sawAlias) }
    }

    private mutating func node(_ event: YAMLEvents.Event, depth: Int) throws(Failure) -> YAMLNode {
        guard depth <= Self.deepest else { throw .tooDeep(line: event.mark.line) }
        let before = expanded
        try count(1, at: event.mark)
        let node: YAMLNode
        switch event.kind {
        case .scalar(let string, let plain):
            node = .scalar(.init(string: string, plain: plain, mark: event.mark))
        case .alias(let name):
            sawAlias = true
            guard let anchored = anchors[name] else {
                throw .yaml(YAMLFailure(problem: "found undefined alias", mark: event.mark))
            }
            try count(anchored.size - 1, at: event.mark)
            return anchored.node
        case .sequenceStart:
            var items: [YAMLNode] = []
            while true {
                let item = try next()
                if case .sequenceEnd = item.kind { break }
                items.append(try self.node(item, depth: depth + 1))
            }
            node = .sequence(items, event.mark)
        case .mappingStart:
            node = try mapping(at: event.mark, depth: depth)
        default:
            throw .yaml(YAMLFailure(problem: "found an unexpected part of the file", mark: event.mark))
        }
        if let anchor = event.anchor { anchors[anchor] = (node, expanded - before) }
        return node
    }

    private mutating func mapping(at mark: Mark, depth: Int) throws(Failure) -> YAMLNode {
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        // Where each key first appeared, for a repeated one: looked up in the pairs so far while the mapping
        // is short (no hashing for the usual few keys), then in a table, so a crafted file with thousands
        // of keys stays linear.
        var firstPlace: [String: Mark]?
        var repeated: [String: Mark] = [:]
        while true {
            let keyEvent = try next()
            if case .mappingEnd = keyEvent.kind { break }
            let key = try node(keyEvent, depth: depth + 1)
            let value = try node(try next(), depth: depth + 1)
            if let name = key.string {
                if firstPlace == nil && pairs.count >= 16 {
                    firstPlace = [:]
                    for pair in pairs.reversed() { if let earlier = pair.key.string { firstPlace?[earlier] = pair.key.mark } }
                }
                let first = firstPlace.map { $0[name] } ?? pairs.first { $0.key.string == name }?.key.mark
                if let first {
                    if repeated[name] == nil { repeated[name] = first }
                } else {
                    firstPlace?[name] = key.mark
                }
            }
            pairs.append((key, value))
        }
        // As Yams said it: every repeated key, sorted, at the first one's first place (only the first ten named).
        if let first = repeated.keys.min() {
            let names = repeated.keys.sorted()
            let shown = names.prefix(10).joined(separator: ", ") + (names.count > 10 ? ", and \(names.count - 10) more" : "")
            throw .yaml(YAMLFailure(problem: "a key appears twice (\(shown))", mark: repeated[first]))
        }
        return .mapping(pairs, mark)
    }
}
