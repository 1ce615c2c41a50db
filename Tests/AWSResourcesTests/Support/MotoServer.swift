import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `moto_server` on a free loopback port, started once per test process and stopped when the
/// process ends (it runs under a shell that kills it when our end of its stdin pipe closes).
///
/// Start failures are thrown with moto's log, so integration tests fail loudly instead of skipping.
actor MotoServer {
    static let shared = MotoServer()

    private var started: (url: String, process: Process, stdin: Pipe)?
    private var failure: String?

    /// The base URL of the running server, starting it on first use.
    func endpointURL() async throws -> String {
        if let started { return started.url }
        if let failure { throw MotoStartError(message: failure) }
        do {
            let result = try await start()
            started = result
            return result.url
        } catch let error as MotoStartError {
            failure = error.message
            throw error
        }
    }

    private func start() async throws -> (url: String, process: Process, stdin: Pipe) {
        guard let executable = Self.findExecutable("moto_server") else {
            throw MotoStartError(message: "moto_server is not on PATH; install it with: pip install 'moto[server]'")
        }
        let port = try Self.freeLoopbackPort()
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("moto-test-\(port).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // moto runs in the background; `cat` holds until our pipe closes (this process exited or
        // stopped the server), then moto is killed. SIGKILL, because moto inherits the test process's
        // signal mask, in which SIGTERM can be blocked: a TERM then leaves moto (and `swift test`,
        // waiting for the shell's output) hanging.
        process.arguments = ["-c", "'\(executable)' -H 127.0.0.1 -p \(port) >'\(log.path)' 2>&1 & pid=$!; cat >/dev/null; kill -KILL $pid 2>/dev/null; wait $pid"]
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        let url = "http://127.0.0.1:\(port)"
        for _ in 0..<300 {  // up to 30 s
            if await Self.answers(url + "/moto-api/") { return (url, process, stdin) }
            if !process.isRunning { break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        try? stdin.fileHandleForWriting.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw MotoStartError(message: "moto_server did not answer on \(url) within 30 s. Its log:\n\(output)")
    }

    private static func answers(_ url: String) async -> Bool {
        guard let url = URL(string: url) else { return false }
        var request = URLRequest(url: url)
        request.timeoutInterval = 1
        return (try? await URLSession.shared.data(for: request)) != nil
    }

    private static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Asks the kernel for a free port on 127.0.0.1.
    static func freeLoopbackPort() throws -> Int {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw MotoStartError(message: "cannot create a socket to find a free port") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw MotoStartError(message: "cannot bind a loopback socket to find a free port") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw MotoStartError(message: "cannot read the bound port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// moto_server could not be started; the message says why and what to install.
struct MotoStartError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
