/// A place in a YAML file, 1-based, as editors count.
struct Mark: Equatable, Sendable {
    var line: Int
    var column: Int
}

/// One value of a YAML document: text, a list or a set of key–value pairs, each with where it starts.
/// Every scalar stays text; the fields that want a number or a flag read it themselves.
indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence([YAMLNode], Mark)
    case mapping([(key: YAMLNode, value: YAMLNode)], Mark)

    struct Scalar: Sendable {
        var string: String
        /// Plain (unquoted) text: only it can mean null, a number or a flag.
        var plain: Bool
        var mark: Mark
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    var string: String? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar.string
    }

    var sequence: [YAMLNode]? {
        guard case .sequence(let nodes, _) = self else { return nil }
        return nodes
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs
    }

    /// A plain scalar as YAML 1.1 writes a whole number: decimal, 0x, 0o, 0b or a leading 0 (octal),
    /// with an optional sign, `_` between digits, and base 60 (`1:30`), as Yams read them before.
    var int: Int? {
        guard case .scalar(let scalar) = self, scalar.plain else { return nil }
        // Most numbers in content are a few decimal digits: read those without building any text.
        let utf8 = scalar.string.utf8
        if (1...9).contains(utf8.count), utf8.first != UInt8(ascii: "0") || utf8.count == 1,
            utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        {
            return utf8.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        var digits = Substring(scalar.string.filter { $0 != "_" })
        let negative = digits.hasPrefix("-")
        if negative || digits.hasPrefix("+") { digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber else { return nil }
        let magnitude: Int?
        if digits.contains(":") {
            magnitude = Self.baseSixty(digits)
        } else if digits == "0" {
            magnitude = 0
        } else if let radix = [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)].first(where: { digits.hasPrefix($0.0) }) {
            magnitude = Int(digits.dropFirst(radix.0.count), radix: radix.1)
        } else {
            magnitude = Int(digits)
        }
        guard let magnitude else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// `1:30` is 90; nil when a part is not a number or the total does not fit.
    private static func baseSixty(_ digits: Substring) -> Int? {
        var total = 0
        for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
            guard let value = Int(part), value >= 0 else { return nil }
            let (times, over) = total.multipliedReportingOverflow(by: 60)
            let (sum, overAgain) = times.addingReportingOverflow(value)
            guard !over, !overAgain else { return nil }
            total = sum
        }
        return total
    }

    /// A plain scalar that YAML 1.1 reads as true or false.
    var bool: Bool? {
        guard case .scalar(let scalar) = self, scalar.plain else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
