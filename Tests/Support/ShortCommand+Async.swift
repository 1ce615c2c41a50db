import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ShortCommand {
    /// The standard output of `executable arguments...`, awaited without holding a thread: for
    /// commands that take seconds (a boto3 script) run from async tests, which share a cooperative
    /// pool as wide as the machine has cores. Throws with the command's standard error when it
    /// fails or cannot start, and kills it (SIGKILL: it may inherit a mask that blocks SIGTERM) when
    /// it outlives `timeout` seconds.
    package static func output(of executable: String, _ arguments: [String], environment: [String: String]? = nil,
                               timeout: Double = 120) async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("short-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stdoutURL = folder.appendingPathComponent("stdout"), stderrURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL), stderr = try FileHandle(forWritingTo: stderrURL)
        defer { try? stdout.close(); try? stderr.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        let (exits, exited) = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { exited.yield($0.terminationStatus); exited.finish() }
        do {
            try process.run()
        } catch {
            throw TestServerError("cannot start \(executable): \(error)")
        }
        let pid = process.processIdentifier
        let watchdog = Task {
            try await Task.sleep(for: .seconds(timeout))
            kill(pid, SIGKILL)
        }
        var status: Int32 = -1
        for await value in exits { status = value }
        watchdog.cancel()

        let errors = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        let command = ([executable] + arguments).joined(separator: " ")
        if process.terminationReason == .uncaughtSignal {
            throw TestServerError("\(command) was killed (signal \(status)), at the latest after \(Int(timeout)) s: \(errors.suffix(2000))")
        }
        guard status == 0 else {
            throw TestServerError("\(command) exited with status \(status): \(errors.suffix(4000))")
        }
        return (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
    }
}
