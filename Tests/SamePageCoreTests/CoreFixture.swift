import SamePageCore
import TestSupport

extension Fixture {
    /// The fixture with sentences that show only their key and what fills them ("why.pairing a=100 …"), so
    /// these tests check which sentence the core chose and the numbers and names it gave it, never wording,
    /// and a copy edit of content/ cannot break them.
    static let content = make(interface: interface)

    static let interface = InterfaceText(
        texts: Dictionary(
            uniqueKeysWithValues: InterfaceKey.allCases.flatMap { key in
                let text = key.key + key.placeholders.sorted().map { " \($0)={\($0)}" }.joined()
                return [(key.key, text), (key.key + ".one", text), (key.key + ".other", text)]
            }), language: "en")
}
