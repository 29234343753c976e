import Foundation
import SamePageContent
import SamePageCore
import TestSupport

extension Fixture {
    /// Screens are read as a person reads them, so these tests use the program's own sentences as shipped
    /// (content/interface.yaml), with the fixture's small questionnaire.
    static let content = make(interface: interface)

    static let interface: InterfaceText = {
        let folder = Repository.content
        do {
            return try ContentLoader.load(from: folder).interface
        } catch {
            fatalError("the shipped content does not load: \(error)")
        }
    }()
}
