import CYaml

/// Counts how many values a YAML text holds once its aliases (`*name`) are expanded, before Yams builds
/// the tree: a few lines of anchors that refer to each other ("billion laughs") expand to billions of
/// values, and hashing one such value as a mapping key never ends. Content needs no aliases at all.
enum AliasBudget {
    /// More values than any content file has, by far.
    static let largest = 100_000

    /// The 1-based line where the expanded size first passes `largest`, or nil when it never does (or the
    /// text is not valid YAML, which the parser then reports itself).
    static func firstExcess(in text: String) -> Int? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var sizes: [String: Int] = [:]
            // Open sequences and mappings: their anchor and how many values they hold so far.
            var open: [(anchor: String?, size: Int)] = []
            var total = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                var added = 0
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    added = 1
                    if let anchor = name(event.data.scalar.anchor) { sizes[anchor] = 1 }
                case YAML_ALIAS_EVENT:
                    added = name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
                case YAML_SEQUENCE_START_EVENT:
                    open.append((name(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT:
                    open.append((name(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { break }
                    if let anchor = closed.anchor { sizes[anchor] = closed.size }
                    added = closed.size
                default:
                    break
                }
                if added > 0 {
                    if open.isEmpty { total += added } else { open[open.count - 1].size += added }
                    let inside = open.reduce(total) { $0 + $1.size }
                    if inside > largest { return Int(event.start_mark.line) + 1 }
                }
            }
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
