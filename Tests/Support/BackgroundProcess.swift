import Foundation

/// A command run in the background for the length of a test process (a moto_server, the transport
/// test servers), writing its output to a log file.
///
/// It runs under a shell that kills it when our end of its stdin pipe closes: when `stop()` is
/// called, or when the test process exits for any reason, so no server outlives the tests.
package final class BackgroundProcess: Sendable {
    /// The file the command's standard output and error go to.
    package let logURL: URL
    private let process: Process
    private let stdin: Pipe

    /// Starts `executable` with `arguments` (each shell-quoted), its output in a fresh log file
    /// named after `logName`; `removeOnExit` (a scratch folder) is deleted once it is killed.
    package init(executable: String, arguments: [String], logName: String, removeOnExit: URL? = nil) throws {
        let log = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(logName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw TestServerError("cannot create the log file \(log.path)")
        }
        let command = ([executable] + arguments).map(Self.quoted).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The command runs in the background; `cat` holds until our pipe closes (this process
        // exited or called stop()), then the command is killed. SIGKILL, because the command
        // inherits the test process's signal mask, in which SIGTERM can be blocked: a TERM then
        // leaves it (and `swift test`, waiting for its output) hanging.
        let cleanup = removeOnExit.map { "; rm -rf \(Self.quoted($0.path))" } ?? ""
        process.arguments = ["-c", "\(command) >\(Self.quoted(log.path)) 2>&1 & pid=$!; cat >/dev/null; kill -KILL $pid 2>/dev/null; wait $pid\(cleanup)"]
        let stdin = Pipe()
        process.standardInput = stdin
        // The shell must not hold the test runner's output pipe open, or `swift test` never ends.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw TestServerError("cannot start \(executable): \(error)")
        }
        self.process = process
        self.stdin = stdin
        logURL = log
    }

    /// Whether the shell (and so the command) is still running.
    package var isRunning: Bool { process.isRunning }

    /// The command's output so far.
    package var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Kills the command.
    package func stop() {
        try? stdin.fileHandleForWriting.close()
    }

    /// The full path of `name` on `PATH`, or `nil`.
    package static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `text` single-quoted for `/bin/sh`.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
