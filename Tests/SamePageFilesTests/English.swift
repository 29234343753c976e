import Foundation
import SamePageContent
import SamePageCore
import TestSupport

/// The shipped English sentences, in which the tests read what a person is told about a file.
let english: InterfaceText = {
    let folder = Repository.content
    do {
        return try ContentLoader.load(from: folder).interface
    } catch {
        fatalError("the shipped content does not load: \(error)")
    }
}()
