import Foundation
import Testing
@testable import AWSClients

/// The libcurl transport against a real socket: what goes on the wire is exactly the request,
/// bodies stream from files, responses stream to the reader.
@Suite struct CurlTransportTests {
    static func transport() throws -> CurlTransport {
        #if os(Linux)
        #expect(CurlLibrary.isAvailable, "libcurl must load on Linux: \(CurlLibrary.loadError ?? "")")
        #endif
        return try CurlTransport(options: HTTPTransportOptions(kind: .curl))
    }

    @Test func theDefaultTransportOnLinuxIsLibcurl() throws {
        let transport = HTTPTransports.make(HTTPTransportOptions())
        #if os(Linux)
        #expect(transport is CurlTransport)
        #else
        #expect(transport is URLSessionTransport)
        #endif
        #expect(HTTPTransports.make(HTTPTransportOptions(kind: .urlSession)) is URLSessionTransport)
    }

    @Test func headersGoOutExactlyAsGiven() async throws {
        let server = try LocalHTTPServer { _ in .init(status: 201, headers: [("X-Answer", "  42 "), ("ETag", "\"abc\"")], body: "done") }
        defer { server.stop() }
        let transport = try Self.transport()
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: "127.0.0.1:\(server.port)")
        headers.add(name: "X-Amz-Meta-Note", value: "a b")
        headers.add(name: "X-Empty", value: "")
        headers.add(name: "Content-Type", value: "application/octet-stream")
        let body = Data("payload".utf8)
        let request = HTTPRequest(method: "PUT", url: try #require(URL(string: server.baseURL + "/bucket/a/../b%20c?x-id=PutObject")),
                                  headers: headers, body: .data(body))
        let response = try await transport.send(request, timeouts: HTTPTimeouts(connect: 5, read: 5))
        #expect(response.statusCode == 201)
        #expect(response.headers["x-answer"] == "42")
        #expect(response.headers["ETag"] == "\"abc\"")
        #expect(response.body == Data("done".utf8))
        let received = try #require(server.requests.first)
        #expect(received.method == "PUT")
        #expect(received.path == "/bucket/a/../b%20c?x-id=PutObject")
        #expect(received.body == body)
        #expect(received.headers["x-amz-meta-note"] == "a b")
        #expect(received.headers["x-empty"] == "")
        #expect(received.headers["content-type"] == "application/octet-stream")
        #expect(received.headers["content-length"] == "7")
        #expect(received.headers["accept"] == nil)
        #expect(received.headers["expect"] == nil)
        #expect(received.headers["user-agent"] == nil)
        #expect(received.headers["transfer-encoding"] == nil)
    }

    /// Many and long header lines (beyond the reused list's first storage) all go out, in order,
    /// and a shorter request on the same handle afterwards carries only its own.
    @Test func manyLongHeadersGoOutAndTheNextRequestHasOnlyItsOwn() async throws {
        let server = try LocalHTTPServer { _ in .init(status: 200, body: "ok") }
        defer { server.stop() }
        let transport = try Self.transport()
        let url = try #require(URL(string: server.baseURL + "/headers"))
        var headers = HTTPHeaders()
        for index in 0..<40 { headers.add(name: "X-Long-\(index)", value: String(repeating: Character(UnicodeScalar(97 + index % 26)!), count: 120)) }
        _ = try await transport.send(HTTPRequest(method: "GET", url: url, headers: headers), timeouts: HTTPTimeouts(connect: 5, read: 5))
        _ = try await transport.send(HTTPRequest(method: "GET", url: url, headers: ["X-Short": "1"]), timeouts: HTTPTimeouts(connect: 5, read: 5))
        let first = try #require(server.requests.first), second = try #require(server.requests.last)
        for index in 0..<40 {
            #expect(first.headers["x-long-\(index)"] == String(repeating: Character(UnicodeScalar(97 + index % 26)!), count: 120), "header \(index)")
        }
        #expect(second.headers["x-short"] == "1")
        #expect(second.headers.keys.filter { $0.hasPrefix("x-long") }.isEmpty)
    }

    /// Small bodies in memory go out with the head (libcurl's POSTFIELDS) under their own
    /// method, with no Content-Type added; a reused handle then switches cleanly to a file
    /// upload, a GET, a HEAD and back, each request on the wire exactly as given.
    @Test func smallBodiesGoOutWithTheHeadAndHandlesSwitchModes() async throws {
        let server = try LocalHTTPServer { request in .init(status: 200, body: request.method == "HEAD" ? "" : "\(request.method) \(request.body.count)") }
        defer { server.stop() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("curl-mode-\(UUID().uuidString)")
        try Data(repeating: 7, count: 5000).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let transport = try Self.transport()
        let url = try #require(URL(string: server.baseURL + "/mode"))
        let steps: [(method: String, body: HTTPBody, sentBytes: Int)] = [
            ("POST", .data(Data("a=1".utf8)), 3), ("PUT", .file(file), 5000), ("GET", .empty, 0),
            ("PATCH", .data(Data(repeating: 1, count: 70_000)), 70_000), ("HEAD", .empty, 0),
            ("PUT", .data(Data("x".utf8)), 1), ("DELETE", .empty, 0), ("POST", .empty, 0),
        ]
        for (index, step) in steps.enumerated() {
            let response = try await transport.send(HTTPRequest(method: step.method, url: url, body: step.body),
                                                    timeouts: HTTPTimeouts(connect: 5, read: 5))
            #expect(response.statusCode == 200, "step \(index)")
            #expect(response.body == Data((step.method == "HEAD" ? "" : "\(step.method) \(step.sentBytes)").utf8), "step \(index)")
            let received = try #require(server.requests.last)
            #expect(received.method == step.method, "step \(index)")
            #expect(received.body.count == step.sentBytes, "step \(index)")
            #expect(received.headers["content-type"] == nil, "step \(index): \(received.headers)")
            #expect(received.headers["expect"] == nil, "step \(index)")
            if step.sentBytes > 0 { #expect(received.headers["content-length"] == String(step.sentBytes), "step \(index)") }
        }
        #expect(server.requests.count == steps.count)
    }

    /// A task that prefers the transport's executor runs on the loop thread, before and after
    /// each request, and gets the same responses; other tasks never run there.
    @Test func tasksPreferringTheTransportExecutorRunOnItsThread() async throws {
        let server = try LocalHTTPServer { request in .init(status: 200, body: "n=\(request.path)") }
        defer { server.stop() }
        let transport = try Self.transport()
        let executor = try #require(transport.taskExecutor)
        #expect(!transport.isOnLoopThread)
        let bodies = try await withTaskExecutorPreference(executor) {
            var bodies: [String] = []
            for index in 0..<5 {
                #expect(transport.isOnLoopThread, "before request \(index)")
                let url = try #require(URL(string: server.baseURL + "/\(index)"))
                let response = try await transport.send(HTTPRequest(method: "GET", url: url), timeouts: HTTPTimeouts(connect: 5, read: 5))
                #expect(transport.isOnLoopThread, "after request \(index)")
                bodies.append(String(decoding: response.body, as: UTF8.self))
            }
            return bodies
        }
        #expect(bodies == (0..<5).map { "n=/\($0)" })
        #expect(!transport.isOnLoopThread)
    }

    /// Work for a transport's executor after the transport is gone still runs (on the global
    /// pool), so a task that prefers it never hangs.
    @Test func theExecutorOutlivesItsTransport() async throws {
        var transport: CurlTransport? = try Self.transport()
        let executor = try #require(transport?.taskExecutor)
        transport = nil
        let answer = await withTaskExecutorPreference(executor) {
            await Task.yield()
            return 42
        }
        #expect(answer == 42)
    }

    @Test(arguments: ["POST", "DELETE", "HEAD", "GET", "PATCH"])
    func methodsAndEmptyBodies(method: String) async throws {
        let server = try LocalHTTPServer { request in .init(status: 200, body: request.method == "HEAD" ? "" : "m=\(request.method)") }
        defer { server.stop() }
        let transport = try Self.transport()
        let request = HTTPRequest(method: method, url: try #require(URL(string: server.baseURL + "/thing")))
        let response = try await transport.send(request, timeouts: HTTPTimeouts(connect: 5, read: 5))
        #expect(response.statusCode == 200)
        #expect(server.requests.first?.method == method)
        #expect(response.body == (method == "HEAD" ? Data() : Data("m=\(method)".utf8)))
    }

    @Test func fileAndFileSegmentBodiesAreReadFromDisk() async throws {
        let server = try LocalHTTPServer { request in .init(status: 200, body: String(request.body.count)) }
        defer { server.stop() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("curl-body-\(UUID().uuidString)")
        let contents = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try contents.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let transport = try Self.transport()
        let url = try #require(URL(string: server.baseURL + "/upload"))
        _ = try await transport.send(HTTPRequest(method: "PUT", url: url, body: .file(file)), timeouts: HTTPTimeouts())
        _ = try await transport.send(HTTPRequest(method: "PUT", url: url, body: .fileSegment(file, offset: 1000, length: 70_000)),
                                     timeouts: HTTPTimeouts())
        #expect(server.requests.count == 2)
        #expect(server.requests.first?.body == contents)
        #expect(server.requests.last?.body == contents.subdata(in: 1000..<71_000))
        #expect(server.requests.last?.headers["content-length"] == "70000")
    }

    @Test func aMissingFileFailsBeforeAnythingIsSent() async throws {
        let server = try LocalHTTPServer { _ in .init(status: 200) }
        defer { server.stop() }
        let transport = try Self.transport()
        let missing = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString)")
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "PUT", url: try #require(URL(string: server.baseURL + "/x")), body: .file(missing)),
                                         timeouts: HTTPTimeouts())
        }
        #expect(error?.description.contains(missing.path) == true)
        #expect(server.requests.isEmpty)
    }

    @Test func streamedBodiesArriveWholeAndInOrder() async throws {
        let payload = String((0..<3_000_000).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
        let server = try LocalHTTPServer { _ in .init(status: 200, headers: [("Content-Type", "text/plain")], body: payload) }
        defer { server.stop() }
        let transport = try Self.transport()
        let response = try await transport.stream(HTTPRequest(method: "GET", url: try #require(URL(string: server.baseURL + "/big"))),
                                                  timeouts: HTTPTimeouts())
        #expect(response.statusCode == 200)
        #expect(response.headers["content-length"] == "3000000")
        var received = Data()
        var chunks = 0
        for try await chunk in response.body {
            received.append(chunk)
            chunks += 1
        }
        #expect(chunks > 1)
        #expect(received == Data(payload.utf8))
    }

    @Test func headersWithLineBreaksAreRefused() async throws {
        let transport = try Self.transport()
        var headers = HTTPHeaders()
        headers.add(name: "X-Injected", value: "a\r\nEvil: yes")
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "GET", url: try #require(URL(string: "http://127.0.0.1:9/")), headers: headers),
                                         timeouts: HTTPTimeouts())
        }
        #expect(error?.description.contains("line break") == true)
    }

    @Test func aClosedPortIsAConnectionFailure() async throws {
        let transport = try Self.transport()
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "GET", url: try #require(URL(string: "http://127.0.0.1:9/"))),
                                         timeouts: HTTPTimeouts(connect: 5, read: 5))
        }
        #expect(error?.code == .connectionFailed)
        #expect(error?.description.contains("Could not connect to the endpoint URL") == true)
    }
}
