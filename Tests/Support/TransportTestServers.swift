import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The local servers of the HTTP transport tests (Servers/transport_servers.py), started once per
/// test process on free 127.0.0.1 ports and killed when the process ends: an HTTPS server with a
/// certificate from a test CA, one with a certificate for another host name, a plain HTTP server
/// with the same routes, a forward proxy, a server that never answers and one whose accept queue
/// is full. Start failures throw with the script's log, so the tests fail loudly.
package actor TransportTestServers {
    /// The servers every test of the process shares.
    package static let shared = TransportTestServers()

    /// Where the servers listen, and the test CA.
    package struct Endpoints: Sendable, Decodable {
        /// Plain HTTP, canned routes (`/`, `/echo`, `/large`).
        package let http: Int
        /// TLS with a certificate for IP:127.0.0.1 and DNS:localhost, signed by the test CA.
        package let https: Int
        /// TLS with a certificate for DNS:wrong.example only, signed by the test CA.
        package let httpsWrong: Int
        /// A forward proxy (absolute-URI requests and CONNECT) to 127.0.0.1 targets.
        package let proxy: Int
        /// Accepts connections, reads requests, never answers.
        package let silent: Int
        /// Listens with a full accept queue and never accepts: connects to it hang.
        package let backlog: Int
        /// The test CA's certificate (PEM).
        package let ca: String

        enum CodingKeys: String, CodingKey {
            case http, https, httpsWrong = "https_wrong", proxy, silent, backlog, ca
        }

        /// `http://127.0.0.1:PORT` of the plain HTTP server.
        package var httpURL: String { "http://127.0.0.1:\(http)" }
        /// `https://127.0.0.1:PORT` of the HTTPS server with the right certificate.
        package var httpsURL: String { "https://127.0.0.1:\(https)" }
        /// `https://127.0.0.1:PORT` of the HTTPS server whose certificate names another host.
        package var wrongHostURL: String { "https://127.0.0.1:\(httpsWrong)" }
        /// `http://127.0.0.1:PORT` of the proxy.
        package var proxyURL: String { "http://127.0.0.1:\(proxy)" }
        /// `http://127.0.0.1:PORT` of the server that never answers.
        package var silentURL: String { "http://127.0.0.1:\(silent)" }
        /// `http://127.0.0.1:PORT` of the server nobody can connect to.
        package var backlogURL: String { "http://127.0.0.1:\(backlog)" }
    }

    /// A request the proxy handled: `CONNECT` with `host:port`, or a method with an absolute URL.
    package struct ProxyRecord: Sendable, Decodable, Equatable {
        /// The method (`CONNECT`, `GET`, ...).
        package let method: String
        /// The request target as the client sent it.
        package let target: String

        /// Creates a record.
        package init(method: String, target: String) {
            self.method = method
            self.target = target
        }
    }

    /// What the server saw of an upload: the `Expect` header, whether it answered `100 Continue`,
    /// the status it sent and the body bytes it received.
    package struct UploadState: Sendable, Decodable {
        /// The request's `Expect` header ("" when absent).
        package let expect: String?
        /// Whether the server sent `100 Continue`.
        package let continued: Bool?
        /// The final status it answered (0: no such upload).
        package let status: Int
        /// Body bytes it received.
        package let received: Int?
    }

    /// A request the `/capture` route received: its header fields as sent, how its body was
    /// framed (`content-length`, `chunked` kept raw, or `none`) and the body bytes.
    package struct Capture: Sendable, Decodable {
        /// The header fields in order, names as sent.
        package let headers: [[String]]
        /// `content-length`, `chunked` or `none`.
        package let framing: String
        /// The body bytes, base64.
        package let body: String

        /// The value of the first field named `name` (any case).
        package func header(_ name: String) -> String? {
            headers.first { $0.first?.lowercased() == name.lowercased() }.flatMap { $0.count > 1 ? $0[1] : nil }
        }

        /// The body bytes.
        package var bodyData: Data { Data(base64Encoded: body) ?? Data() }
    }

    /// How far a `/large` download got.
    package struct DownloadState: Sendable, Decodable {
        /// Bytes the server has written to the socket.
        package let sent: Int
        /// `streaming`, `completed`, `closed` (the client went away first) or `unknown`.
        package let state: String
    }

    private let servers = StartOnce<ServerProcess>()

    /// The running servers, starting them on first use.
    package func endpoints() async throws -> Endpoints {
        try await servers.value(starting: { try await Self.start() }).endpoints
    }

    /// The running servers and the process that keeps them.
    struct ServerProcess: Sendable {
        let endpoints: Endpoints
        let process: BackgroundProcess
    }

    private static func start() async throws -> ServerProcess {
        guard let python = BackgroundProcess.findExecutable("python3") else {
            throw TestServerError("python3 is not on PATH; the transport tests' servers need it (standard library only)")
        }
        guard BackgroundProcess.findExecutable("openssl") != nil else {
            throw TestServerError("openssl is not on PATH; the transport tests create their certificates with it (apt-get install openssl)")
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Servers/transport_servers.py")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transport-servers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = try BackgroundProcess(executable: python, arguments: [script.path, folder.path], logName: "transport-servers",
                                            removeOnExit: folder)
        let ready = folder.appendingPathComponent("ready.json")
        for _ in 0..<300 {  // up to 30 s (certificates, then every server)
            if let data = FileManager.default.contents(atPath: ready.path) {
                do {
                    return ServerProcess(endpoints: try JSONDecoder().decode(Endpoints.self, from: data), process: process)
                } catch {
                    process.stop()
                    throw TestServerError("transport_servers.py wrote an unreadable \(ready.path): \(error)")
                }
            }
            if !process.isRunning { break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        process.stop()
        throw TestServerError("transport_servers.py (\(script.path)) did not start within 30 s. Its log:\n\(process.log)")
    }

    // MARK: What the servers saw

    /// Every request the proxy handled so far (CONNECT tunnels and forwarded requests), in order.
    package func proxyRecords() async throws -> [ProxyRecord] {
        struct Stats: Decodable { let requests: [ProxyRecord] }
        let endpoints = try await endpoints()
        return try await Self.fetch(Stats.self, from: endpoints.proxyURL + "/__stats").requests
    }

    /// The request lines the silent server received so far (`GET /path HTTP/1.1`).
    package func silentRequestLines() async throws -> [String] {
        struct Stats: Decodable { let requests: [String] }
        let endpoints = try await endpoints()
        return try await Self.fetch(Stats.self, from: endpoints.httpURL + "/__silent").requests
    }

    /// The progress of the `/large` download started with `id`.
    package func download(_ id: String) async throws -> DownloadState {
        let endpoints = try await endpoints()
        return try await Self.fetch(DownloadState.self, from: endpoints.httpURL + "/__downloads/" + id)
    }

    /// What the server saw of the `/upload` started with `id`.
    package func upload(_ id: String) async throws -> UploadState {
        let endpoints = try await endpoints()
        return try await Self.fetch(UploadState.self, from: endpoints.httpURL + "/__uploads/" + id)
    }

    /// What the server saw of the `/capture` request made with `id`.
    package func capture(_ id: String) async throws -> Capture {
        let endpoints = try await endpoints()
        return try await Self.fetch(Capture.self, from: endpoints.httpURL + "/__captures/" + id)
    }

    private static func fetch<Value: Decodable>(_ type: Value.Type, from address: String) async throws -> Value {
        guard let url = URL(string: address) else { throw TestServerError("not a URL: \(address)") }
        var request = URLRequest(url: url)
        request.timeoutInterval = 10
        let (data, _) = try await URLSession.shared.data(for: request)
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw TestServerError("\(address) answered something unreadable (\(error)): \(String(decoding: data, as: UTF8.self))")
        }
    }
}
