import Foundation
import SamePageCore

/// The pseudo-language (`scripts/pseudo/make-pseudo`): the shipped content with its French set's every text
/// marked ⟦ ⟧ and made about 40% longer. Walked through a screen or an output, a word outside the marks came
/// from somewhere other than the content: a French reader would see it in English.
public enum PseudoLanguage {
    public static let open: Character = "\u{27E6}", close: Character = "\u{27E7}"
    /// The marked vowels and the filler letter the generator writes: no French or English word has them.
    static let pseudoLetters = Set(
        "\u{0227}\u{0117}\u{1EC9}\u{022F}\u{016F}\u{1E8F}\u{0226}\u{0116}\u{1EC8}\u{022E}\u{016E}\u{1E8E}\u{1E8B}")

    /// A content root (English as shipped, `fr/` the pseudo set), made once per test run; nil with why, when
    /// the generator cannot run (python3 and its yaml module are in README's set-up line).
    public static let root: Result<String, PseudoError> = {
        do {
            let folder = try ScratchFolder.make("samepage-pseudo")
            let script = URL(fileURLWithPath: Repository.content).deletingLastPathComponent()
                .appendingPathComponent("scripts/pseudo/make-pseudo").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script, Repository.content, folder]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return .failure(PseudoError(message: message)) }
            return .success(folder)
        } catch {
            return .failure(PseudoError(message: "\(error)"))
        }
    }()

    public struct PseudoError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { "make-pseudo failed: \(message)" }
    }

    /// The words of `text` outside the marks that are not in `allowed` (names, the set's answer letters, a
    /// person's own data): each with a little of what is around it, to find it by.
    ///
    /// Marks may nest (a sentence filled into another) and a scrolled screen may begin or end inside a
    /// marked text: a closing mark with none open means the text above it was marked, an opening mark never
    /// closed runs to the end, and a word with the generator's own letters is the content's wherever it is
    /// (the middle of a paragraph scrolled past both its marks). Web addresses are the services' own.
    public static func strays(in text: String, allowing allowed: Set<String> = []) -> [(word: String, context: String)] {
        let characters = Array(text)
        // Outside: not within any mark. A closing mark met at depth 0 makes everything before it inside.
        var outside = [Bool](repeating: true, count: characters.count)
        var depth = 0
        for (index, character) in characters.enumerated() {
            if character == open {
                depth += 1
            } else if character == close {
                if depth == 0 {
                    for earlier in 0..<index { outside[earlier] = false }
                } else {
                    depth -= 1
                }
            }
            if depth > 0 || character == open || character == close { outside[index] = false }
        }
        var found: [(word: String, context: String)] = []
        var word = "", start = 0
        func flush(at end: Int) {
            defer { word = "" }
            guard !word.isEmpty, !allowed.contains(word), !word.contains(where: pseudoLetters.contains) else { return }
            guard !isAddress(around: start, end) else { return }
            let context = String(characters[max(start - 20, 0)..<min(end + 20, characters.count)])
            found.append((word, "“\(context.replacingOccurrences(of: "\n", with: "⏎"))”"))
        }
        for (index, character) in characters.enumerated() {
            // An apostrophe inside a word keeps it one word ("d'abord"), as a reader takes it.
            if outside[index], character.isLetter || (!word.isEmpty && (character == "'" || character == "’")) {
                if word.isEmpty { start = index }
                word.append(character)
            } else {
                flush(at: index)
            }
        }
        flush(at: characters.count)
        return found

        /// Whether the word from `start` to `end` is part of a run without spaces that holds a dot between
        /// letters or a slash: a web address, as "thehotline.org" or "justice.gc.ca/fra/aide.html".
        func isAddress(around start: Int, _ end: Int) -> Bool {
            var first = start, last = end
            while first > 0, !characters[first - 1].isWhitespace { first -= 1 }
            while last < characters.count, !characters[last].isWhitespace { last += 1 }
            let run = Array(characters[first..<last])
            return run.indices.contains { index in
                run[index] == "/"
                    || (run[index] == "." && index > 0 && index + 1 < run.count && run[index - 1].isLetter && run[index + 1].isLetter)
            }
        }
    }
}
