import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `moto_server` on a free loopback port, started once per test process and stopped when the
/// process ends (see `BackgroundProcess`).
///
/// Start failures are thrown with moto's log, so integration tests fail loudly instead of skipping.
package actor MotoServer {
    /// The server every test of the process shares.
    package static let shared = MotoServer()

    private let server = StartOnce<ServerProcess>()

    /// The base URL of the running server, starting it on first use.
    package func endpointURL() async throws -> String {
        try await server.value(starting: { try await Self.start() }).url
    }

    private static func start() async throws -> ServerProcess {
        guard let executable = BackgroundProcess.findExecutable("moto_server") else {
            throw TestServerError("moto_server is not on PATH; install it with: pip install 'moto[server]'")
        }
        let port = try LoopbackPort.free()
        let process = try BackgroundProcess(executable: executable, arguments: ["-H", "127.0.0.1", "-p", "\(port)"],
                                            logName: "moto-test-\(port)")
        let url = "http://127.0.0.1:\(port)"
        for _ in 0..<300 {  // up to 30 s
            if await Self.answers(url + "/moto-api/") { return ServerProcess(url: url, process: process) }
            if !process.isRunning { break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        process.stop()
        throw TestServerError("moto_server did not answer on \(url) within 30 s. Its log:\n\(process.log)")
    }

    private static func answers(_ url: String) async -> Bool {
        guard let url = URL(string: url) else { return false }
        var request = URLRequest(url: url)
        request.timeoutInterval = 1
        return (try? await URLSession.shared.data(for: request)) != nil
    }

    /// A running server and the process that keeps it.
    struct ServerProcess: Sendable {
        let url: String
        let process: BackgroundProcess
    }
}
