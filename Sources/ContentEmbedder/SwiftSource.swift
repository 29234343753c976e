/// Writes a value as the Swift expression that builds it again, from its stored properties (`Mirror`):
/// structs as calls to their memberwise initialisers, enums as cases, collections as literals with
/// dictionary keys and set members sorted, so the same value always gives the same text.
enum SwiftSource {
    static func of(_ value: Any, indent: String = "") -> String {
        switch value {
        case let text as String: return literal(text)
        case let character as Character: return literal(String(character))
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: break
        }
        let mirror = Mirror(reflecting: value)
        let inner = indent + "    "
        let children = Array(mirror.children)
        switch mirror.displayStyle {
        case .optional:
            return children.first.map { of($0.value, indent: indent) } ?? "nil"
        case .collection:
            guard !children.isEmpty else { return "[]" }
            return "[\n" + children.map { inner + of($0.value, indent: inner) + ",\n" }.joined() + indent + "]"
        case .set:
            guard !children.isEmpty else { return "[]" }
            return "[" + children.map { of($0.value, indent: inner) }.sorted().joined(separator: ", ") + "]"
        case .dictionary:
            guard !children.isEmpty else { return "[:]" }
            let pairs = children.map { pair -> String in
                let parts = Array(Mirror(reflecting: pair.value).children)
                return of(parts[0].value, indent: inner) + ": " + of(parts[1].value, indent: inner)
            }
            return "[\n" + pairs.sorted().map { inner + $0 + ",\n" }.joined() + indent + "]"
        case .enum:
            guard let payload = children.first else { return "." + String(describing: value) }
            let label = payload.label ?? ""
            let parts = Mirror(reflecting: payload.value)
            if parts.displayStyle == .tuple {
                let arguments = parts.children.map { part in
                    (part.label.map { $0.hasPrefix(".") ? "" : $0 + ": " } ?? "") + of(part.value, indent: inner)
                }
                return ".\(label)(" + arguments.joined(separator: ", ") + ")"
            }
            return ".\(label)(" + of(payload.value, indent: inner) + ")"
        case .struct:
            let name = String(reflecting: type(of: value))
            guard !children.isEmpty else { return name + "()" }
            return name + "(\n"
                + children.map { child in
                    inner + (child.label ?? "_") + ": " + of(child.value, indent: inner)
                }.joined(separator: ",\n") + "\n" + indent + ")"
        default:
            return "/* cannot write \(type(of: value)) */"
        }
    }

    /// A string literal: quotes, backslashes and every character outside printable ASCII escaped.
    static func literal(_ text: String) -> String {
        "\"" + text.unicodeScalars.map(escaped).joined() + "\""
    }

    /// One character as it stands in a Swift string literal.
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"", "\\": "\\" + String(scalar)
        case "\n": "\\n"
        case " "..."~": String(scalar)
        default: "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }
}
