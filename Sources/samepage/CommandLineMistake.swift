import ArgumentParser
import SamePageContent
import SamePageCore
import SamePageShipped

/// A wrong command line, said in one sentence in the product's words and the reader's language (`--lang`,
/// else the locale), instead of the argument parser's own ("Value to be set with flag '--solo' had already
/// been set with flag '--couple'"). `--help` stays the parser's, in English (README).
enum CommandLineMistake {
    /// A mistake our own `validate()` finds: ArgumentParser carries it as a `ValidationError`, whose message
    /// is the key and its values joined by NUL, which no argument can hold, so nothing else reads as one.
    static func error(_ key: InterfaceKey, _ values: [String: String] = [:]) -> ValidationError {
        ValidationError(([key.rawValue] + values.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }).joined(separator: "\0"))
    }

    /// The sentence for a usage mistake, naming the help to read.
    static func sentence(for error: Error, arguments: [String]) -> String {
        let words = Self.words(arguments)
        let message = Samepage.message(for: error)
        let full = Samepage.fullMessage(for: error)
        // "See 'samepage compare --help'": the help of the command that was being parsed.
        let help = full.firstMatch(of: /See '([^']+)'/).map { String($0.1) } ?? "samepage --help"
        return words(.usageSentence, ["mistake": mistake(message, words), "help": help])
    }

    private static func mistake(_ message: String, _ words: InterfaceText) -> String {
        let parts = message.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        if let key = InterfaceKey(rawValue: parts[0]), parts.count % 2 == 1 {
            let values = stride(from: 1, to: parts.count, by: 2).map { (parts[$0], parts[$0 + 1]) }
            return words(key, Dictionary(values) { first, _ in first })
        }
        if let match = message.firstMatch(of: /Value to be set with flag '([^']+)' had already been set with flag '([^']+)'/) {
            return words(.usageTogether, ["first": String(match.2), "second": String(match.1)])
        }
        if let match = message.firstMatch(of: /Unknown option '([^']+)'/) {
            return words(.usageUnknown, ["option": String(match.1)])
        }
        if let match = message.firstMatch(of: /Missing value for '([^' ]+)(?: <([^>]+)>)?'/) {
            let option = ["option": String(match.1)]
            return match.2 == "DIR"
                ? words(.usageNeedsFolder, option) : match.2 == "FILE" ? words(.usageNeedsFile, option) : words(.usageNeedsValue, option)
        }
        if let match = message.firstMatch(of: /Missing expected argument '<([^>]+)>( \.\.\.)?'/) {
            return match.1 == "FILE" ? words(.usageNeedsFiles) : words(.usageFileMissing, ["name": String(match.1)])
        }
        if let match = message.firstMatch(of: /Unexpected argument '([^']+)'/) {
            return words(.usageUnexpected, ["argument": String(match.1)])
        }
        if let match = message.firstMatch(of: /The value '([^']*)' is invalid for '([^' ]+)/) {
            return words(.usageInvalidValue, ["value": String(match.1), "option": String(match.2)])
        }
        // Anything else keeps the parser's words, quoted, without a last full stop.
        return words(.usageOther, ["message": message.hasSuffix(".") ? String(message.dropLast()) : message])
    }

    /// The words of the content the command line asked for (`--content`, `--lang`, read from the arguments as
    /// typed, since they could not be parsed), else of the shipped content in that language, else English.
    private static func words(_ arguments: [String]) -> InterfaceText {
        let directory = value(of: "--content", in: arguments), language = value(of: "--lang", in: arguments) ?? readerLocale().language
        let root = directory ?? ContentOptions.defaultFolder()
        let folder = language.flatMap { ContentSets.translation(in: root, language: $0) } ?? root
        if let content = ContentOptions.loadQuietly(folder, root: root), language == nil || content.interface.language == language {
            return content.interface
        }
        return (ShippedContent.set(language: language ?? "en") ?? ShippedContent.set(language: "en")!).interface
    }

    /// The value typed after `option` ("--lang fr" or "--lang=fr"), if any.
    private static func value(of option: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == option, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
        }
        return nil
    }
}
