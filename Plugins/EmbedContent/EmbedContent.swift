import Foundation
import PackagePlugin

/// Builds the shipped content into the binary: at every build, `ContentEmbedder` reads `content/` (every
/// language's set) and writes the Swift that holds it, already read and checked, into the build folder.
/// Nothing generated is kept in `Sources/`: a content change is a YAML change, and the build follows it.
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let content = context.package.directoryURL.appending(path: "content")
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedContent+Sets.swift")
        return [
            .buildCommand(
                displayName: "Building the shipped content into samepage",
                executable: try context.tool(named: "ContentEmbedder").url,
                arguments: [content.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: yamlFiles(in: content),
                outputFiles: [output]
            )
        ]
    }

    /// Every YAML file of the root set and its translations: a change to any of them makes the copy again.
    private func yamlFiles(in folder: URL) -> [URL] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? []
        return files.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }
    }
}
