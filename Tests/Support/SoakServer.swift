import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The canned keep-alive server of the soak tests (Servers/soak_server.py), started once per test
/// process on a free 127.0.0.1 port: any request gets an S3-style empty 200; `/slow...` requests
/// are held unanswered (for cancellation); `/__stats` counts what it saw.
package actor SoakServer {
    /// The server every test of the process shares.
    package static let shared = SoakServer()

    /// What the server counted.
    package struct Stats: Sendable, Decodable {
        /// Requests answered.
        package let requests: Int
        /// Slow requests received (held unanswered).
        package let slow: Int
        /// Connections open now.
        package let open: Int
    }

    private let server = StartOnce<Running>()

    struct Running: Sendable {
        let url: String
        let process: BackgroundProcess
    }

    /// `http://127.0.0.1:PORT`, starting the server on first use.
    package func endpointURL() async throws -> String {
        try await server.value(starting: { try await Self.start() }).url
    }

    /// The server's counters (fetched on a connection closed right after).
    package func stats() async throws -> Stats {
        guard let url = URL(string: try await endpointURL() + "/__stats") else { throw TestServerError("bad soak server URL") }
        var request = URLRequest(url: url)
        request.timeoutInterval = 10
        request.setValue("close", forHTTPHeaderField: "Connection")
        let (data, _) = try await URLSession.shared.data(for: request)
        do {
            return try JSONDecoder().decode(Stats.self, from: data)
        } catch {
            throw TestServerError("the soak server's stats are unreadable (\(error)): \(String(decoding: data, as: UTF8.self))")
        }
    }

    private static func start() async throws -> Running {
        guard let python = BackgroundProcess.findExecutable("python3") else {
            throw TestServerError("python3 is not on PATH; the soak server needs it (standard library only)")
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Servers/soak_server.py")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soak-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = try BackgroundProcess(executable: python, arguments: [script.path, folder.path], logName: "soak-server",
                                            removeOnExit: folder)
        let ready = folder.appendingPathComponent("ready.json")
        struct Ready: Decodable { let port: Int }
        for _ in 0..<200 {  // up to 20 s
            if let data = FileManager.default.contents(atPath: ready.path), let port = try? JSONDecoder().decode(Ready.self, from: data) {
                return Running(url: "http://127.0.0.1:\(port.port)", process: process)
            }
            if !process.isRunning { break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        process.stop()
        throw TestServerError("soak_server.py (\(script.path)) did not start within 20 s. Its log:\n\(process.log)")
    }
}
