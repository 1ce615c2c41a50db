import Foundation
import Synchronization
import Testing
import AWSTestSupport
@testable import AWSClients

/// Cancelling the task that reads a large streamed download ends it promptly and closes the
/// connection (the server sees the client go away before the end of the body).
@Suite struct TransportCancellationTests {
    /// 100 MB, 64 KiB every 5 ms: about 8 s in all, so the cancellation lands mid-way.
    static let totalBytes = 100_000_000

    @Test(arguments: TransportUnderTest.kinds)
    func cancellingAStreamedDownloadClosesTheConnection(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind)
        let id = TransportUnderTest.token("download")
        let url = try #require(URL(string: servers.httpURL + "/large?id=\(id)&bytes=\(Self.totalBytes)&chunk=65536&delay_ms=5"))
        let received = Mutex(0)
        let download = Task {
            let response = try await subject.transport.stream(HTTPRequest(method: "GET", url: url),
                                                              timeouts: HTTPTimeouts(connect: 10, read: 30))
            for try await chunk in response.body { received.withLock { $0 += chunk.count } }
        }

        // Wait (bounded) until the download is under way: chunks read when the transport streams;
        // for URLSession, whose `stream` holds the whole body back, bytes sent by the server.
        var underWay = false
        for _ in 0..<1_500 {  // up to 30 s
            underWay = received.withLock { $0 } >= 256 * 1024
            if underWay { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        try #require(underWay, "\(kind): the download never got under way")

        let clock = ContinuousClock()
        let start = clock.now
        download.cancel()
        let result = await download.result
        #expect(clock.now - start < .seconds(5), "\(kind): cancellation took \(clock.now - start)")
        switch result {
        case .success:
            Issue.record("\(kind): the download finished although it was cancelled")
        case .failure(let error as HTTPTransportError):
            #expect(error.code == .cancelled, "\(kind): \(error)")
        case .failure(let error):
            #expect(error is CancellationError, "\(kind): \(error)")
        }
        let bytesRead = received.withLock { $0 }
        #expect(bytesRead > 0 && bytesRead < Self.totalBytes)

        // The server notices the closed connection at its next write (bounded wait).
        var state = try await TransportTestServers.shared.download(id)
        for _ in 0..<500 where state.state == "streaming" {  // up to 10 s
            try await Task.sleep(for: .milliseconds(20))
            state = try await TransportTestServers.shared.download(id)
        }
        #expect(state.state == "closed", "\(kind): the server's download is \(state.state) after \(state.sent) bytes")
        #expect(state.sent < Self.totalBytes)
    }
}

/// A streamed body its reader drops without reading to the end must not hold the connection.
@Suite struct TransportAbandonedBodyTests {
    @Test(arguments: TransportUnderTest.kinds)
    func droppingAStreamedBodyClosesTheConnection(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind)
        let id = TransportUnderTest.token("abandoned")
        let total = TransportCancellationTests.totalBytes
        let url = try #require(URL(string: servers.httpURL + "/large?id=\(id)&bytes=\(total)&chunk=65536&delay_ms=5"))
        do {
            let response = try await subject.transport.stream(HTTPRequest(method: "GET", url: url),
                                                              timeouts: HTTPTimeouts(connect: 10, read: 30))
            #expect(response.statusCode == 200)
            var iterator = response.body.makeAsyncIterator()
            let first = try await iterator.next()
            #expect(first?.isEmpty == false)
        }
        // The response and its body are gone: the transfer is aborted and the server sees the
        // connection close well before the end of the body (bounded wait).
        var state = try await TransportTestServers.shared.download(id)
        for _ in 0..<500 where state.state == "streaming" {  // up to 10 s
            try await Task.sleep(for: .milliseconds(20))
            state = try await TransportTestServers.shared.download(id)
        }
        #expect(state.state == "closed", "\(kind): the server's download is \(state.state) after \(state.sent) bytes")
        #expect(state.sent < total)
    }
}
