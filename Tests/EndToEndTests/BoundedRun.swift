import Foundation

extension Binary {
    /// Runs like `run`, but kills the program after `seconds`: nil means it had not ended (it hung).
    static func run(_ arguments: [String], input: Data, in folder: String? = nil, within seconds: Double) throws -> Run? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        // A program that stops reading must not take the test runner down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }.start()
        let out = ErrorCollector(stdout.fileHandleForReading)
        let errors = ErrorCollector(stderr.fileHandleForReading)
        guard ended.wait(timeout: .now() + seconds) == .success else {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
            return nil
        }
        return Run(status: process.terminationStatus, stdout: out.text(), stderr: errors.text())
    }
}
