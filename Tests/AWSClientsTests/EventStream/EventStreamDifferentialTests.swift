import AWSTestSupport
import Foundation
import Testing
@testable import AWSClients

/// The same event stream bytes parsed by this SDK and by botocore's `EventStream`
/// (Tests/Differential/botocore_eventstream.py), for operations of each protocol with events of
/// every kind of payload: blobs, XML and JSON structures, header-bound members, and an exception.
@Suite struct EventStreamDifferentialTests {
    struct Case: Sendable, CustomStringConvertible {
        let service: String
        let operation: String
        let frames: [Data]
        var description: String { "\(service).\(operation)" }
    }

    static func event(_ type: String, _ payload: String, headers: [(name: String, value: EventStreamHeaderValue)] = []) -> Data {
        EventStreamEncoder.event(type, payload: Data(payload.utf8), headers: headers)
    }

    static let cases: [Case] = [
        Case(service: "s3", operation: "SelectObjectContent", frames: [
            event("Records", "a,b\n1,2\n"), event("Cont", ""),
            event("Progress", "<Progress><BytesScanned>5</BytesScanned><BytesProcessed>6</BytesProcessed><BytesReturned>7</BytesReturned></Progress>"),
            event("Stats", "<Stats><BytesScanned>50</BytesScanned><BytesProcessed>60</BytesProcessed><BytesReturned>70</BytesReturned></Stats>"),
            event("End", ""), event("Unknown", "ignored"),
        ]),
        Case(service: "bedrock-runtime", operation: "ConverseStream", frames: [
            event("messageStart", #"{"role":"assistant"}"#),
            event("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hel"}}"#),
            event("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"lo"}}"#),
            event("contentBlockStop", #"{"contentBlockIndex":0}"#),
            event("messageStop", #"{"stopReason":"end_turn"}"#),
            event("metadata", #"{"usage":{"inputTokens":3,"outputTokens":2,"totalTokens":5},"metrics":{"latencyMs":120}}"#),
            EventStreamEncoder.exception("throttlingException", payload: Data(#"{"message":"Too many tokens"}"#.utf8)),
        ]),
        Case(service: "bedrock-runtime", operation: "InvokeModelWithResponseStream", frames: [
            event("chunk", #"{"bytes":"eyJ0ZXh0IjoiaGkifQ=="}"#),
            EventStreamEncoder.error(code: "InternalFailure", message: "stream broke"),
        ]),
        Case(service: "lambda", operation: "InvokeWithResponseStream", frames: [
            event("PayloadChunk", "first bytes"), event("PayloadChunk", ""),
            event("InvokeComplete", #"{"ErrorCode":"Unhandled","ErrorDetails":"boom","LogResult":"bG9n"}"#),
        ]),
        Case(service: "logs", operation: "StartLiveTail", frames: [
            event("sessionStart", #"{"requestId":"r","sessionId":"s","logGroupIdentifiers":["a","b"],"logEventFilterPattern":"x"}"#),
            event("sessionUpdate", #"{"sessionMetadata":{"sampled":true},"sessionResults":[{"logStreamName":"st","message":"m","timestamp":1700000000000,"ingestionTime":1700000000001}]}"#),
            EventStreamEncoder.exception("SessionStreamingException", payload: Data(#"{"message":"over"}"#.utf8)),
        ]),
        Case(service: "kinesis", operation: "SubscribeToShard", frames: [
            event("SubscribeToShardEvent", #"{"Records":[{"SequenceNumber":"1","ApproximateArrivalTimestamp":1700000000.5,"Data":"aGk=","PartitionKey":"p"}],"ContinuationSequenceNumber":"2","MillisBehindLatest":0}"#),
            EventStreamEncoder.exception("ResourceNotFoundException", payload: Data(#"{"message":"no shard"}"#.utf8)),
        ]),
    ]

    @Test(arguments: cases)
    func parsesAsBotocoreDoes(_ streamCase: Case) throws {
        let bytes = streamCase.frames.reduce(Data(), +)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("eventstream-\(UUID().uuidString).bin")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Differential/botocore_eventstream.py")
        let botocore = try ShortCommand.run("python3", [script.path, streamCase.service, streamCase.operation, file.path])

        let model = try ModelLoader.shared.serviceModel(streamCase.service)
        let operation = try model.operation(streamCase.operation)
        let parser = EventStreamEventParser(streamShape: try #require(operation.eventStreamOutput),
                                            format: try #require(EventStreamBodyFormat(protocolName: model.metadata.resolvedProtocol)),
                                            operationName: operation.name)
        var decoder = EventStreamDecoder()
        var events: [Any] = []
        var error: Any = NSNull()
        do {
            for (index, byte) in bytes.enumerated() {
                decoder.append(Data([byte]))
                if index % 5 != 4 && index != bytes.count - 1 { continue }
                while let message = try decoder.next() {
                    if let event = try parser.parse(message) { events.append(Self.plain(event)) }
                }
            }
        } catch let clientError as ClientError {
            error = ["code": clientError.code, "message": clientError.message]
        }
        let ours = try JSONSerialization.data(withJSONObject: ["events": events, "error": error], options: [.sortedKeys])
        let theirs = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(botocore.utf8)), options: [.sortedKeys])
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: theirs, as: UTF8.self))
    }

    /// A document as the script writes botocore's values.
    static func plain(_ document: Document) -> Any {
        switch document {
        case .map(let entries): return entries.mapValues(plain)
        case .list(let items): return items.map(plain)
        case .string(let text): return text
        case .int(let number): return number
        case .double(let number): return number
        case .bool(let flag): return flag
        case .blob(let data): return ["$blob": data.base64EncodedString()]
        case .timestamp(let date): return ["$ts": date.timeIntervalSince1970]
        case .null: return NSNull()
        }
    }
}
