import Foundation
import TestSupport

/// Runs the real `samepage` binary, built by `swift build` before the tests (see README).
enum Binary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// `$SAMEPAGE_BIN`, else the binary beside the test bundle, else the default debug build folder.
    static let path: String = {
        if let path = ProcessInfo.processInfo.environment["SAMEPAGE_BIN"] { return path }
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("samepage").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return repository.appendingPathComponent(".build/debug/samepage").path
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs with `input` on stdin (a pipe, so plain mode), in `folder`, with a small fixed environment.
    /// With `limitFileSize`, runs under `ulimit -f` (in KiB) as if the disk filled up past that size.
    static func run(
        _ arguments: [String], input: String = "", in folder: String? = nil, environment: [String: String] = [:],
        limitFileSize: Int? = nil
    ) throws -> Run {
        let process = Process()
        if let limitFileSize {
            // SIGXFSZ is ignored so that a write past the limit fails with EFBIG, as on a full disk.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -f \(limitFileSize); trap '' XFSZ; exec \"$0\" \"$@\"", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        process.environment = env
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads so neither pipe can fill up and stall the other.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: errors.text())
    }

    static func scratch() throws -> String {
        try ScratchFolder.make("samepage-e2e")
    }
}

/// Reads a pipe to its end on a thread of its own.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
