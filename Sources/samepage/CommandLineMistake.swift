import ArgumentParser

/// A wrong command line, said in one sentence in the product's words, instead of the argument parser's
/// own ("Value to be set with flag '--solo' had already been set with flag '--couple'").
enum CommandLineMistake {
    /// The sentence for a usage mistake, naming the help to read.
    static func sentence(for error: Error) -> String {
        let message = Samepage.message(for: error)
        let full = Samepage.fullMessage(for: error)
        // "See 'samepage compare --help'": the help of the command that was being parsed.
        let help = full.firstMatch(of: /See '([^']+)'/).map { String($0.1) } ?? "samepage --help"
        return "samepage: " + plain(message) + "; see \(help)."
    }

    private static func plain(_ message: String) -> String {
        if let match = message.firstMatch(of: /Value to be set with flag '([^']+)' had already been set with flag '([^']+)'/) {
            return "\(match.2) and \(match.1) cannot be used together, so choose one"
        }
        if let match = message.firstMatch(of: /Unknown option '([^']+)'/) {
            return "there is no option \(match.1)"
        }
        if let match = message.firstMatch(of: /Missing value for '([^' ]+)(?: <([^>]+)>)?'/) {
            let what = match.2.map { ["DIR": "a folder", "FILE": "a file name"][String($0)] ?? String($0).lowercased() }
            return "\(match.1) needs \(what ?? "a value") after it"
        }
        if let match = message.firstMatch(of: /Missing expected argument '<([^>]+)>( \.\.\.)?'/) {
            return match.1 == "FILE" ? "give at least one answers file" : "the answers file \(match.1) is missing"
        }
        if let match = message.firstMatch(of: /Unexpected argument '([^']+)'/) {
            return "'\(match.1)' was not expected here"
        }
        // Our own validation messages are already sentences; others keep their words, without a last full stop.
        return message.hasSuffix(".") ? String(message.dropLast()) : message
    }
}
