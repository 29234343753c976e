import SamePageCore

extension ContentReader {
    static let checkInFields = ["intro", "items", "thanks", "support", "emergency", "resources"]

    mutating func readCheckIn(_ checkIn: Fields?) -> CheckIn? {
        guard let checkIn else { return nil }
        let intro = checkIn.text("intro"), thanks = checkIn.text("thanks"), emergency = checkIn.text("emergency")
        let support = checkIn.fields("support", what: "the support screen", allowed: ["title", "text"])
        let title = support?.text("title"), text = support?.text("text")
        var items: [CheckInItem] = []
        let itemNodes = checkIn.list("items") ?? []
        for node in itemNodes {
            guard let fields = Fields(node, file: checkIn.file, what: "a check-in item",
                                      allowed: ["id", "text", "concern_when"], diagnostics: diagnostics),
                  let id = self.id(fields), let itemText = fields.text("text"),
                  let direction = fields.choice("concern_when", of: ConcernDirection.self),
                  register(id, fields)
            else { continue }
            items.append(CheckInItem(id: id, text: itemText, concernWhen: direction))
        }
        let resourceNodes = checkIn.list("resources") ?? []
        let resources = resourceNodes.compactMap { node -> Resource? in
            guard let fields = Fields(node, file: checkIn.file, what: "a resource",
                                      allowed: ["name", "region", "contact", "note", "source"], diagnostics: diagnostics)
            else { return nil }
            let name = fields.text("name"), region = fields.text("region"), contact = fields.text("contact")
            let note = fields.text("note"), source = fields.text("source")
            guard let name, let region, let contact, let note, let source else { return nil }
            return Resource(name: name, region: region, contact: contact, note: note, source: source)
        }
        guard let intro, let thanks, let emergency, let title, let text,
              !items.isEmpty, items.count == itemNodes.count, resources.count == resourceNodes.count
        else { return nil }
        return CheckIn(
            intro: intro, items: items, thanks: thanks, supportTitle: title, supportText: text,
            emergency: emergency, resources: resources
        )
    }
}
