// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "samepage",
    products: [
        .executable(name: "samepage", targets: ["samepage"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // Pure domain: content model, answers, scoring, guidance, session state. No I/O.
        .target(name: "SamePageCore"),
        // Pure presentation: the app's state machine, screens drawn into a grid, and the text, JSON and
        // Markdown forms of the results. No I/O either.
        .target(name: "SamePageViews", dependencies: ["SamePageCore"]),
        // libyaml, read directly: Yams imports Foundation, which the binary leaves out (Debian: libyaml-dev).
        .systemLibrary(name: "CLibYAML"),
        // Reads and validates content/ (YAML), with file:line in every error.
        .target(name: "SamePageContent", dependencies: ["SamePageCore", "SamePageFiles", "CLibYAML"]),
        // The shipped content built in, already read and checked, for a fast start (BENCHMARKS.md): the
        // EmbedContent plugin runs ContentEmbedder over content/ at every build and compiles what it writes.
        .target(name: "SamePageShipped", dependencies: ["SamePageCore"], plugins: ["EmbedContent"]),
        .executableTarget(name: "ContentEmbedder", dependencies: ["SamePageCore", "SamePageContent", "SamePageFiles"]),
        .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["ContentEmbedder"]),
        // Files on disk: bounded reads, and answer and progress files (versioned JSON, written atomically, 0600).
        .target(name: "SamePageFiles", dependencies: ["SamePageCore"]),
        // ncurses, wide-character API, through a shim for the macros Swift cannot import. No pkg-config:
        // its flags (-D_DEFAULT_SOURCE, -D_XOPEN_SOURCE) are ones SwiftPM refuses with a warning, so the
        // shim defines what it needs and the module map links the libraries (Debian: libncursesw5-dev).
        .systemLibrary(name: "CNcursesw"),
        // The only code that touches the terminal: keys in, grids out, restored on every exit.
        .target(name: "SamePageTerminal", dependencies: ["SamePageCore", "SamePageViews", "CNcursesw"]),
        // Line-by-line front end over an injected reader and writer.
        .target(name: "SamePagePlain", dependencies: ["SamePageCore", "SamePageViews"]),
        .executableTarget(
            name: "samepage",
            dependencies: [
                "SamePageCore", "SamePageViews", "SamePageContent", "SamePageShipped", "SamePageFiles", "SamePagePlain",
                "SamePageTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the tests share: the fixture content, seeded mutation of files for the fuzz tests, the
        // temporary folders every test target removes when it ends, and sending events as the terminal loop does.
        .target(name: "TestSupport", dependencies: ["SamePageCore", "SamePageViews"], path: "Tests/TestSupport"),
        // The scoring, guidance and session rules, on a fixture that reads no file.
        .testTarget(name: "SamePageCoreTests", dependencies: ["SamePageCore", "TestSupport"]),
        // Screens, keys and the text forms of the results; the shipped content gives them their sentences.
        .testTarget(name: "SamePageViewsTests", dependencies: ["SamePageViews", "SamePageContent", "TestSupport"]),
        .testTarget(
            name: "SamePageContentTests",
            dependencies: ["SamePageContent", "SamePageShipped", "SamePageViews", "TestSupport"], exclude: ["Golden"]
        ),
        .testTarget(name: "SamePageFilesTests", dependencies: ["SamePageFiles", "SamePageContent", "TestSupport"]),
        .testTarget(name: "SamePagePlainTests", dependencies: ["SamePagePlain", "SamePageContent", "SamePageViews", "TestSupport"]),
        // Drives the real binary; depending on it makes `swift test` build it first.
        .testTarget(name: "EndToEndTests", dependencies: ["samepage", "SamePageContent", "SamePageViews", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
