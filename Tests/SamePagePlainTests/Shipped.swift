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
}
