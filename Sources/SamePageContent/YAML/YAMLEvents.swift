import CLibYAML

/// What went wrong while reading YAML: libyaml's own words, and where, when it knows.
struct YAMLFailure: Error {
    var problem: String
    var mark: Mark?
}

/// libyaml's parser as a stream of events, each copied out of C memory before the next is read.
/// The parser lives on the heap: libyaml keeps a pointer to it, so it must never move.
final class YAMLEvents {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case scalar(String, plain: Bool)
        case alias(String)
        case sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    struct Event {
        var kind: Kind
        var anchor: String?
        var mark: Mark
    }

    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)

    /// Reads `bytes`, which must stay alive and unchanged while events are read.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    func next() throws(YAMLFailure) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw failure }
        defer { yaml_event_delete(&event) }
        let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            // Unquoted and not tagged as text (`!!str true`): only such a scalar can mean null, a number or a flag.
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && Self.text(scalar.tag) != "tag:yaml.org,2002:str"
            return Event(kind: .scalar(value, plain: plain), anchor: Self.text(scalar.anchor), mark: mark)
        case YAML_ALIAS_EVENT:
            return Event(kind: .alias(Self.text(event.data.alias.anchor) ?? ""), mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            return Event(kind: .sequenceStart, anchor: Self.text(event.data.sequence_start.anchor), mark: mark)
        case YAML_MAPPING_START_EVENT:
            return Event(kind: .mappingStart, anchor: Self.text(event.data.mapping_start.anchor), mark: mark)
        case YAML_SEQUENCE_END_EVENT: return Event(kind: .sequenceEnd, mark: mark)
        case YAML_MAPPING_END_EVENT: return Event(kind: .mappingEnd, mark: mark)
        case YAML_DOCUMENT_START_EVENT: return Event(kind: .documentStart, mark: mark)
        case YAML_DOCUMENT_END_EVENT: return Event(kind: .documentEnd, mark: mark)
        case YAML_STREAM_START_EVENT: return Event(kind: .streamStart, mark: mark)
        default: return Event(kind: .streamEnd, mark: mark)
        }
    }

    /// The parser's error in the words Yams gave it: context and problem, at the problem's place.
    private var failure: YAMLFailure {
        let problem = [Self.text(parser.pointee.context), Self.text(parser.pointee.problem)]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let place = parser.pointee.problem_mark
        switch parser.pointee.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            return YAMLFailure(problem: problem, mark: Mark(line: Int(place.line) + 1, column: Int(place.column) + 1))
        case YAML_MEMORY_ERROR:
            return YAMLFailure(problem: "there was not enough memory to read it")
        default:
            return YAMLFailure(problem: problem.isEmpty ? "it cannot be read" : problem)
        }
    }

    private static func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
