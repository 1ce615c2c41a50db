import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The fault-injecting proxy of the reliability tests (Servers/fault_proxy.py) in front of a moto
/// server of its own (`MotoServer.faults`), started once per test process on a free 127.0.0.1 port. Faults are armed
/// per scope (text that occurs in the request line or body: a test's unique bucket or queue name),
/// used up one per request, in order; the proxy records every request it received, so a test can
/// count exactly what went on the wire.
package actor FaultProxy {
    /// The proxy every test of the process shares.
    package static let shared = FaultProxy()

    /// One fault, as the proxy script names it.
    package enum Fault: Sendable {
        /// Answer with this status, headers and body, without forwarding.
        case respond(status: Int, headers: [String: String], body: String)
        /// Reset the connection (RST) before any response byte.
        case reset
        /// Forward, send the head and half the body, then reset the connection.
        case closeMidBody
        /// Forward, send the head (full `Content-Length`) and half the body, then close.
        case truncatedContentLength
        /// Forward, send half the body chunked with no last chunk, then close.
        case truncatedChunked
        /// Hold the request this long without answering, then close (nothing is forwarded).
        case delay(seconds: Double)
        /// Forward, send the head and half the body, stall this long, then close.
        case stalledBody(seconds: Double)
        /// Forward, then answer the upstream status with this body instead of its own.
        case garbage(body: String)

        var json: [String: Any] {
            switch self {
            case .respond(let status, let headers, let body): return ["kind": "respond", "status": status, "headers": headers, "body": body]
            case .reset: return ["kind": "reset"]
            case .closeMidBody: return ["kind": "close_mid_body"]
            case .truncatedContentLength: return ["kind": "truncate_length"]
            case .truncatedChunked: return ["kind": "truncate_chunked"]
            case .delay(let seconds): return ["kind": "delay", "seconds": seconds]
            case .stalledBody(let seconds): return ["kind": "stall_body", "seconds": seconds]
            case .garbage(let body): return ["kind": "garbage", "body": body]
            }
        }
    }

    /// A request the proxy received.
    package struct Record: Sendable, Decodable, Equatable {
        /// The request line (`GET /bucket/key HTTP/1.1`).
        package let line: String
        /// Whether it came on a connection that had carried a request before.
        package let reused: Bool
        /// The fault applied to it (the script's name), or `nil`.
        package let fault: String?
    }

    private let proxy = StartOnce<Running>()

    struct Running: Sendable {
        let url: String
        let process: BackgroundProcess
    }

    /// `http://127.0.0.1:PORT` of the proxy, starting it (and moto) on first use.
    package func endpointURL() async throws -> String {
        try await proxy.value(starting: { try await Self.start() }).url
    }

    /// Arms `faults` for the next requests of `scope`, in order.
    package func arm(_ faults: [Fault], scope: String) async throws {
        let url = try await endpointURL()
        let body = try JSONSerialization.data(withJSONObject: ["scope": scope, "faults": faults.map(\.json)])
        _ = try await Self.fetch(url + "/__faults", method: "POST", body: body)
    }

    /// Every request of `scope` the proxy received so far, in order.
    package func records(scope: String) async throws -> [Record] {
        struct Stats: Decodable { let requests: [Record] }
        let url = try await endpointURL()
        let encoded = scope.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? scope
        let data = try await Self.fetch(url + "/__stats?scope=" + encoded, method: "GET", body: nil)
        do {
            return try JSONDecoder().decode(Stats.self, from: data).requests
        } catch {
            throw TestServerError("the fault proxy's stats are unreadable (\(error)): \(String(decoding: data, as: UTF8.self))")
        }
    }

    private static func start() async throws -> Running {
        guard let python = BackgroundProcess.findExecutable("python3") else {
            throw TestServerError("python3 is not on PATH; the fault proxy needs it (standard library only)")
        }
        let upstream = try await MotoServer.faults.endpointURL()
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Servers/fault_proxy.py")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fault-proxy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = try BackgroundProcess(executable: python, arguments: [script.path, folder.path, upstream],
                                            logName: "fault-proxy", removeOnExit: folder)
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
        throw TestServerError("fault_proxy.py (\(script.path)) did not start within 20 s. Its log:\n\(process.log)")
    }

    private static func fetch(_ address: String, method: String, body: Data?) async throws -> Data {
        guard let url = URL(string: address) else { throw TestServerError("not a URL: \(address)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw TestServerError("the fault proxy answered \(address) with \(String(describing: response))")
        }
        return data
    }
}
