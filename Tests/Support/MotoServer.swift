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
/// process ends (see `BackgroundProcess`); plain HTTP, or HTTPS for `tls`.
///
/// Start failures are thrown with moto's log, so integration tests fail loudly instead of skipping.
package actor MotoServer {
    /// The server every test of the process shares.
    package static let shared = MotoServer(tls: false)
    /// A second server over HTTPS, with the certificate the transport tests' CA signed for
    /// 127.0.0.1 (`TransportTestServers.Endpoints.ca` verifies it): S3 sends streaming uploads
    /// differently over HTTPS (aws-chunked, the checksum in a trailer).
    package static let tls = MotoServer(tls: true)
    /// A server of its own behind the fault-injecting proxy (`FaultProxy`), so the fault tests'
    /// timeouts are not eaten by every other suite's load on the shared server.
    package static let faults = MotoServer(tls: false)

    private let tls: Bool
    private let server = StartOnce<ServerProcess>()

    private init(tls: Bool) {
        self.tls = tls
    }

    /// The base URL of the running server, starting it on first use.
    package func endpointURL() async throws -> String {
        let tls = self.tls
        return try await server.value(starting: { try await Self.start(tls: tls) }).url
    }

    private static func start(tls: Bool) async throws -> ServerProcess {
        guard let executable = BackgroundProcess.findExecutable("moto_server") else {
            throw TestServerError("moto_server is not on PATH; install it with: pip install 'moto[server]'")
        }
        // A free port can be taken by another server of the test process between the check and
        // moto's bind: then moto exits at once saying so, and another free port is tried.
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await start(tls: tls, executable: executable)
            } catch let error as TestServerError where attempt < 3 && error.description.contains("in use") {
                continue
            }
        }
    }

    private static func start(tls: Bool, executable: String) async throws -> ServerProcess {
        let port = try LoopbackPort.free()
        var arguments = ["-H", "127.0.0.1", "-p", "\(port)"]
        if tls {
            // The transport tests' servers made the CA and a certificate for 127.0.0.1 beside it.
            let folder = URL(fileURLWithPath: try await TransportTestServers.shared.endpoints().ca).deletingLastPathComponent()
            arguments += ["-c", folder.appendingPathComponent("server.pem").path, "-k", folder.appendingPathComponent("server.key").path]
        }
        let process = try BackgroundProcess(executable: executable, arguments: arguments,
                                            logName: "moto-test-\(port)")
        let url = (tls ? "https" : "http") + "://127.0.0.1:\(port)"
        for _ in 0..<300 {  // up to 30 s
            // URLSession cannot verify the test CA on Linux: over TLS, an accepted connection is the sign.
            if tls ? Self.accepts(port: port) : await Self.answers(url + "/moto-api/") {
                return ServerProcess(url: url, process: process)
            }
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

    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    private static func accepts(port: Int) -> Bool {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// A running server and the process that keeps it.
    struct ServerProcess: Sendable {
        let url: String
        let process: BackgroundProcess
    }
}
