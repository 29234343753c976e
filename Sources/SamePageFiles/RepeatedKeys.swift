import FoundationEssentials

/// Finds a key that appears twice in one JSON object. Foundation's decoder quietly keeps one of them, so a
/// file could hold two answers to one question and be scored with whichever won; such a file is refused.
enum RepeatedKeys {
    enum Finding: Equatable {
        case none
        /// The first key found twice in one object, as decoded text.
        case repeated(String)
        /// Not JSON, or nested deeper than any answers file is.
        case malformed
    }

    /// Objects and arrays nested deeper than this are refused; an answers file needs two levels.
    static let deepest = 32

    static func find(in data: Data) -> Finding {
        var scanner = Scanner(bytes: [UInt8](data))
        do {
            try scanner.value(depth: 0)
            scanner.skipSpace()
            return scanner.index == scanner.bytes.count ? .none : .malformed
        } catch .repeated(let key) {
            return .repeated(key)
        } catch {
            return .malformed
        }
    }

    private enum Stop: Error {
        case repeated(String)
        case malformed
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipSpace() {
            while let byte = peek(), Self.isSpace(byte) { index += 1 }
        }

        mutating func expect(_ byte: UInt8) throws(Stop) {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { throw .malformed }
            index += 1
        }

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        mutating func value(depth: Int) throws(Stop) {
            guard depth <= RepeatedKeys.deepest else { throw .malformed }
            skipSpace()
            switch peek() {
            case UInt8(ascii: "{"): try object(depth: depth + 1)
            case UInt8(ascii: "["): try array(depth: depth + 1)
            case UInt8(ascii: "\""): _ = try string()
            case .some: try scalar()
            case nil: throw .malformed
            }
        }

        mutating func object(depth: Int) throws(Stop) {
            index += 1
            var keys: Set<String> = []
            skipSpace()
            if peek() == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw .malformed }
                let key = try string()
                guard keys.insert(key).inserted else { throw .repeated(key) }
                try expect(UInt8(ascii: ":"))
                try value(depth: depth)
                skipSpace()
                guard let next = peek() else { throw .malformed }
                index += 1
                if next == UInt8(ascii: "}") { return }
                guard next == UInt8(ascii: ",") else { throw .malformed }
            }
        }

        mutating func array(depth: Int) throws(Stop) {
            index += 1
            skipSpace()
            if peek() == UInt8(ascii: "]") { index += 1; return }
            while true {
                try value(depth: depth)
                skipSpace()
                guard let next = peek() else { throw .malformed }
                index += 1
                if next == UInt8(ascii: "]") { return }
                guard next == UInt8(ascii: ",") else { throw .malformed }
            }
        }

        /// A number, true, false or null: the bytes up to the next delimiter, which the decoder checks.
        mutating func scalar() throws(Stop) {
            let start = index
            while let byte = peek(), !Self.isSpace(byte), byte != 0x2C, byte != 0x5D, byte != 0x7D { index += 1 }
            guard index > start else { throw .malformed }
        }

        /// A string, with its escapes decoded so that "a" and "\u0061" count as the same key.
        mutating func string() throws(Stop) -> String {
            index += 1
            var units: [UInt16] = []
            var raw: [UInt8] = []
            func flush() {
                units += String(decoding: raw, as: UTF8.self).utf16
                raw.removeAll()
            }
            while let byte = peek() {
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    flush()
                    return String(decoding: units, as: UTF16.self)
                case UInt8(ascii: "\\"):
                    flush()
                    guard let escape = peek() else { throw .malformed }
                    index += 1
                    switch escape {
                    case UInt8(ascii: "u"):
                        guard index + 4 <= bytes.count,
                            let unit = UInt16(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                        else { throw .malformed }
                        units.append(unit)
                        index += 4
                    case UInt8(ascii: "n"): units.append(0x0A)
                    case UInt8(ascii: "t"): units.append(0x09)
                    case UInt8(ascii: "r"): units.append(0x0D)
                    case UInt8(ascii: "b"): units.append(0x08)
                    case UInt8(ascii: "f"): units.append(0x0C)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): units.append(UInt16(escape))
                    default: throw .malformed
                    }
                default:
                    raw.append(byte)
                }
            }
            throw .malformed
        }
    }
}
