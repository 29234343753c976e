import SamePageContent
import SamePageCore
import TestSupport

/// The shipped English content, read once for every test here.
enum Shipped {
    static let english: Content = {
        do {
            return try ContentLoader.load(from: Repository.content)
        } catch {
            fatalError("the shipped content does not load: \(error)")
        }
    }()

    /// The French set, with its support lines as a reader in Canada gets them first.
    static let french: Content = {
        do {
            var content = try ContentLoader.load(from: Repository.content + "/fr")
            content.checkIn = content.checkIn.ordered(language: "fr", country: "CA")
            return content
        } catch {
            fatalError("the shipped French content does not load: \(error)")
        }
    }()
}
