/// Names the content a set of answers was made with, so answers from another question set are refused.
public struct ContentIdentity: Sendable, Equatable, Codable {
    public var id: String
    public var version: Int
    /// A hash of the scored items (section, id, direction, and for how therapy comes up, side and whose);
    /// it changes when the questions change.
    public var fingerprint: String

    public init(id: String, version: Int, fingerprint: String) {
        self.id = id
        self.version = version
        self.fingerprint = fingerprint
    }

    public init(id: String, version: Int, sections: [Section]) {
        let lines = sections.flatMap { section in
            (section.gate.map { ["\(section.id)|\($0.id)|gate"] } ?? [])
                + section.items.map { item in
                    "\(section.id)|\(item.id)|\(item.reverse ? "reverse" : "forward")"
                        + (item.pattern.map { "|\($0.side.rawValue)|\($0.who.rawValue)" } ?? "")
                }
        }.sorted()
        self.init(id: id, version: version, fingerprint: Self.fnv1a(lines.joined(separator: "\n")))
    }

    /// The fingerprint's form: FNV-1a as 16 hex digits.
    static func fnv1a(_ text: String) -> String {
        var text = text
        let hex = String(text.withUTF8 { FNV1a.hash(UnsafeRawBufferPointer($0)) }, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
