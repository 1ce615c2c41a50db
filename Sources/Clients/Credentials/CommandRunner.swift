import Foundation

/// Runs a command without a shell and collects its output (for `credential_process`).
enum CommandRunner {
    struct Output: Sendable {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    enum RunError: Error {
        case notFound(String)
        case launchFailed(String)
    }

    /// Runs `arguments[0]` (looked up on `PATH` when it has no `/`) with the rest as arguments.
    static func run(_ arguments: [String], environment: [String: String]) async throws -> Output {
        guard let command = arguments.first, !command.isEmpty else { throw RunError.notFound("") }
        let executable = try resolve(command, environment: environment)
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: executable)
                process.arguments = Array(arguments.dropFirst())
                process.environment = environment
                let out = Pipe(), err = Pipe()
                process.standardOutput = out
                process.standardError = err
                process.standardInput = FileHandle.nullDevice
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: RunError.launchFailed(error.localizedDescription))
                    return
                }
                // Read stderr on another thread so a chatty command cannot block on a full pipe.
                let errorData = ErrorBuffer()
                let group = DispatchGroup()
                group.enter()
                DispatchQueue.global().async {
                    errorData.set(err.fileHandleForReading.readDataToEndOfFile())
                    group.leave()
                }
                let outputData = out.fileHandleForReading.readDataToEndOfFile()
                group.wait()
                process.waitUntilExit()
                continuation.resume(returning: Output(status: process.terminationStatus, stdout: outputData, stderr: errorData.get()))
            }
        }
    }

    static func resolve(_ command: String, environment: [String: String]) throws -> String {
        if command.contains("/") { return command }
        let path = environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = directory + "/" + command
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw RunError.notFound(command)
    }
}

/// Hands the stderr bytes from the reading thread to the waiting one.
private final class ErrorBuffer: @unchecked Sendable {
    // Safe: written once before `group.leave()` and read after `group.wait()`, which orders the accesses.
    private var data = Data()
    func set(_ value: Data) { data = value }
    func get() -> Data { data }
}
