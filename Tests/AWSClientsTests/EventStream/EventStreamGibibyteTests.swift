import Foundation
import Testing
@testable import AWSClients

/// A 1 GiB event stream from a loopback server, read through the client: resident memory must
/// stay flat (the events are decoded as they arrive, and only the message being read is kept).
///
/// On the libcurl transport, which pauses the transfer while the reader is behind. URLSession on
/// Linux (FoundationNetworking) cannot pause a running transfer (`URLSessionTaskHandler.canSuspend`),
/// so a reader slower than the network buffers what arrives meanwhile there; the loopback event
/// stream tests cover URLSession with smaller streams.
@Suite(.serialized) struct EventStreamGibibyteTests {
    static let totalBytes = 1 << 30
    static let payloadBytes = 64 << 10

    @Test func oneGibibyteOfEventsKeepsMemoryFlat() async throws {
        let kind = HTTPTransportKind.curl
        let payload = Data((0..<Self.payloadBytes).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let frame = EventStreamEncoder.event("Records", payload: payload)
        let count = Self.totalBytes / Self.payloadBytes
        let server = try EventStreamLoopbackServer { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders)
            for _ in 0..<count where !connection.clientGone { connection.write(frame) }
            connection.write(EventStreamEncoder.event("End", payload: Data()))
            connection.end()
        }
        defer { server.stop() }
        let s3 = try EventStreamTestSupport.client("s3", server: server, kind: kind)
        let watch = MemoryWatch()
        var records = 0
        var bytes = 0
        var ended = false
        try await watch.measure {
            let selected = try await s3.selectObjectContent.eventStream(Bucket: "b", Key: "big.csv", Expression: "e", ExpressionType: "SQL",
                InputSerialization: ["CSV": [:]], OutputSerialization: ["CSV": [:]])
            for try await event in selected.events {
                if let data = event["Records"]?["Payload"]?.data {
                    records += 1
                    bytes += data.count
                    if records == 1 { #expect(data == payload) }
                } else if event["End"] != nil {
                    ended = true
                }
            }
        }
        #expect(records == count)
        #expect(bytes == Self.totalBytes)
        #expect(ended)
        // The process's whole RSS is sampled, so scripts/test runs this suite in a process of its
        // own (beside other suites their allocations would count too). Alone it stays under 96 MiB;
        // a client holding the stream would grow by more than the stream's 1 GiB.
        #expect(watch.peakIncrease < 160 << 20, "resident memory grew by \(watch.peakIncrease >> 20) MiB over a 1 GiB stream")
    }
}
