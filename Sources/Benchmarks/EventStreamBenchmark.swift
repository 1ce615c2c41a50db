import AWSClients
import Foundation

/// Decoding event streams: the bytes of an S3 `SelectObjectContent` response (Records events,
/// with a Stats and an End event at the end), written to a file so botocore's
/// `EventStreamBuffer`/`EventStream` can parse the very same bytes (scripts/bench-eventstream).
///
/// Two figures per file: framing only (split into messages, both CRCs checked), and full decoding
/// into the `Document`s `.eventStream` yields. The bytes are fed in 64 KiB chunks, as a transport
/// hands them over.
enum EventStreamBenchmark {
    /// Writes `megabytes` of Records events with `payload`-byte payloads to `path`; returns the event count.
    static func write(path: String, megabytes: Int, payload: Int) throws -> Int {
        let record = EventStreamEncoder.event("Records", payload: Data((0..<payload).map { UInt8(truncatingIfNeeded: 32 + $0 % 90) }),
                                              contentType: "application/octet-stream")
        let count = max(1, (megabytes << 20) / record.count)
        var bytes = Data(capacity: count * record.count + 512)
        for _ in 0..<count { bytes.append(record) }
        let stats = "<Stats><BytesScanned>\(count * payload)</BytesScanned><BytesProcessed>\(count * payload)</BytesProcessed>"
            + "<BytesReturned>\(count * payload)</BytesReturned></Stats>"
        bytes.append(EventStreamEncoder.event("Stats", payload: Data(stats.utf8), contentType: "text/xml"))
        bytes.append(EventStreamEncoder.event("End", payload: Data()))
        try bytes.write(to: URL(fileURLWithPath: path))
        return count + 2
    }

    /// One measured way of reading the file.
    struct Result {
        let name: String
        let events: Int
        let bytes: Int
        var cpu: [Double] = []
        var wall: [Double] = []

        var megabytesPerSecond: Double { Double(bytes) / 1e6 / RoundFigures.median(wall) }
        var cpuMicrosPerEvent: Double { RoundFigures.median(cpu) * 1e6 / Double(events) }

        var jsonLine: String {
            "{" + benchHeaderJSON("eventstream") + ", \"case\": \"\(name)\", \"events\": \(events), \"bytes\": \(bytes), "
                + "\"mb_per_s\": \(String(format: "%.1f", megabytesPerSecond)), \"cpu_us_per_event\": \(String(format: "%.3f", cpuMicrosPerEvent)), "
                + "\"wall_s\": \(wall.map { String(format: "%.4f", $0) }), \"cpu_s\": \(cpu.map { String(format: "%.4f", $0) })}"
        }
    }

    /// Reads `path` `rounds` times each way; prints nothing.
    static func run(path: String, rounds: Int, chunk: Int = 64 << 10) throws -> [Result] {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let chunks = stride(from: 0, to: bytes.count, by: chunk).map { bytes[$0..<min($0 + chunk, bytes.count)] }
        let parser = try eventParser()
        var framing = Result(name: "swift_framing", events: 0, bytes: bytes.count)
        var full = Result(name: "swift_events", events: 0, bytes: bytes.count)
        for round in 0...rounds {
            var cpu0 = Clock.cpu(), wall0 = Clock.wall()
            var decoder = EventStreamDecoder()
            var messages = 0
            for piece in chunks {
                decoder.append(piece)
                while try decoder.next() != nil { messages += 1 }
            }
            if round > 0 {
                framing.cpu.append(Clock.cpu() - cpu0)
                framing.wall.append(Clock.wall() - wall0)
            }
            framing = Result(name: framing.name, events: messages, bytes: bytes.count, cpu: framing.cpu, wall: framing.wall)

            cpu0 = Clock.cpu(); wall0 = Clock.wall()
            decoder = EventStreamDecoder()
            var events = 0
            var payloadBytes = 0
            for piece in chunks {
                decoder.append(piece)
                while let message = try decoder.next() {
                    guard let event = try parser.parse(message) else { continue }
                    events += 1
                    payloadBytes &+= event["Records"]?["Payload"]?.data?.count ?? 0
                }
            }
            if round > 0 {
                full.cpu.append(Clock.cpu() - cpu0)
                full.wall.append(Clock.wall() - wall0)
            }
            full = Result(name: full.name, events: events, bytes: bytes.count, cpu: full.cpu, wall: full.wall)
            guard payloadBytes > 0 else { throw CocoaError(.fileReadCorruptFile) }
        }
        return [framing, full]
    }

    /// The parser `.eventStream` uses for S3 `SelectObjectContent`.
    static func eventParser() throws -> EventStreamEventParser {
        let operation = try ModelLoader.shared.serviceModel("s3").operation("SelectObjectContent")
        guard let shape = operation.eventStreamOutput else { throw CocoaError(.featureUnsupported) }
        return EventStreamEventParser(streamShape: shape, format: .xml, operationName: operation.name)
    }

    static func printTable(_ results: [Result]) {
        print("\n### event stream decoding (S3 SelectObjectContent bytes, 64 KiB chunks)\n")
        print("| case | events | MB | MB/s | CPU µs/event |")
        print("|---|---|---|---|---|")
        for result in results {
            print("| \(result.name) | \(result.events) | \(String(format: "%.1f", Double(result.bytes) / 1e6)) | "
                  + "\(String(format: "%.1f", result.megabytesPerSecond)) | \(String(format: "%.3f", result.cpuMicrosPerEvent)) |")
        }
    }
}
