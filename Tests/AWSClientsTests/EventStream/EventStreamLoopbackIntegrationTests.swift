import Foundation
import Testing
@testable import AWSClients

/// Event streams served by a loopback server writing real frames in odd piece sizes, over both
/// transports, for each protocol: rest-xml (S3 `SelectObjectContent`), rest-json (Bedrock
/// `InvokeModelWithResponseStream`), json (CloudWatch Logs `StartLiveTail`, and a test service),
/// smithy-rpc-v2-cbor (a test service).
@Suite struct EventStreamLoopbackIntegrationTests {
    typealias Server = EventStreamLoopbackServer
    static let kinds: [HTTPTransportKind] = [.curl, .urlSession]

    static func event(_ type: String, _ payload: String, contentType: String? = nil) -> Data {
        EventStreamEncoder.event(type, payload: Data(payload.utf8), contentType: contentType)
    }

    // MARK: rest-xml

    static let statsXML = "<Stats><BytesScanned>10</BytesScanned><BytesProcessed>12</BytesProcessed><BytesReturned>4</BytesReturned></Stats>"

    @Test(arguments: kinds)
    func s3SelectDecodesEachEventAsItArrives(kind: HTTPTransportKind) async throws {
        let afterFirstEvent = Server.Gate()
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders + [("x-amz-request-id", "s3-req")])
            connection.write(EventStreamEncoder.event("Records", payload: Data("a,b\n".utf8), contentType: "application/octet-stream"),
                             pieces: EventStreamTestSupport.oddPieces)
            // The rest is sent only once the client has decoded the first event: a client
            // waiting for the whole body would never get it.
            guard connection.wait(for: afterFirstEvent) else { return }
            let rest = Self.event("Records", "c,d\n") + Self.event("Cont", "") + Self.event("Stats", Self.statsXML, contentType: "text/xml")
                + Self.event("Progress", Self.statsXML.replacingOccurrences(of: "Stats>", with: "Progress>")) + Self.event("End", "")
            connection.write(rest, pieces: EventStreamTestSupport.oddPieces)
            connection.end()
        }
        defer { server.stop() }
        let s3 = try EventStreamTestSupport.client("s3", server: server, kind: kind)
        let selected = try await s3.selectObjectContent.eventStream(Bucket: "b", Key: "k.csv", Expression: "select * from s3object",
            ExpressionType: "SQL", InputSerialization: ["CSV": [:]], OutputSerialization: ["CSV": [:]])
        #expect(selected.streamName == "Payload")
        #expect(selected.output["Payload"] == nil)
        #expect(selected.output["ResponseMetadata"]?["HTTPStatusCode"] == 200)
        #expect(selected.output["ResponseMetadata"]?["RequestId"] == "s3-req")
        var events: [Document] = []
        for try await event in selected.events {
            events.append(event)
            if events.count == 1 { afterFirstEvent.open() }
        }
        let stats: Document = ["BytesScanned": 10, "BytesProcessed": 12, "BytesReturned": 4]
        #expect(events == [
            ["Records": ["Payload": .blob(Data("a,b\n".utf8))]], ["Records": ["Payload": .blob(Data("c,d\n".utf8))]],
            ["Cont": [:]], ["Stats": ["Details": stats]], ["Progress": ["Details": stats]], ["End": [:]],
        ])
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/b/k.csv?select&select-type=2")
    }

    // MARK: rest-json

    @Test(arguments: kinds)
    func bedrockModeledExceptionEventThrowsClientErrorWithItsFields(kind: HTTPTransportKind) async throws {
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders + [("X-Amzn-Bedrock-Content-Type", "application/json")])
            let chunk = #"{"bytes":"\#(Data("hello".utf8).base64EncodedString())"}"#
            connection.write(Self.event("chunk", chunk), pieces: EventStreamTestSupport.oddPieces)
            connection.write(EventStreamEncoder.exception("modelStreamErrorException",
                payload: Data(#"{"message":"model failed","originalStatusCode":500,"originalMessage":"boom"}"#.utf8)),
                pieces: [5, 9])
            connection.end()
        }
        defer { server.stop() }
        let bedrock = try EventStreamTestSupport.client("bedrock-runtime", server: server, kind: kind)
        let answer = try await bedrock.invokeModelWithResponseStream.eventStream(modelId: "m", body: Data("{}".utf8))
        #expect(answer.output["contentType"] == "application/json")
        #expect(answer.output["body"] == nil)
        var events: [Document] = []
        let error = await #expect(throws: ClientError.self) {
            for try await event in answer.events { events.append(event) }
        }
        #expect(events == [["chunk": ["bytes": .blob(Data("hello".utf8))]]])
        #expect(error?.code == "modelStreamErrorException")
        #expect(error?.message == "model failed")
        #expect(error?.operation == "InvokeModelWithResponseStream")
        #expect(error?.response["originalStatusCode"] == 500)
        #expect(error?.response["originalMessage"] == "boom")
        #expect(error?.response["Error"] == ["Code": "modelStreamErrorException", "Message": "model failed"])
        #expect(server.requests.first?.path == "/model/m/invoke-with-response-stream")
    }

    @Test(arguments: kinds)
    func errorMessageThrowsClientErrorWithItsCode(kind: HTTPTransportKind) async throws {
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders)
            connection.write(Self.event("PayloadChunk", "part one") + EventStreamEncoder.error(code: "InternalFailure", message: "try again"),
                             pieces: EventStreamTestSupport.oddPieces)
            connection.end()
        }
        defer { server.stop() }
        let lambda = try EventStreamTestSupport.client("lambda", server: server, kind: kind)
        let invoked = try await lambda.invokeWithResponseStream.eventStream(FunctionName: "f")
        var events: [Document] = []
        let error = await #expect(throws: ClientError.self) {
            for try await event in invoked.events { events.append(event) }
        }
        #expect(events == [["PayloadChunk": ["Payload": .blob(Data("part one".utf8))]]])
        #expect(error?.code == "InternalFailure")
        #expect(error?.message == "try again")
        #expect(invoked.output["StatusCode"] == 200)
    }

    // MARK: json

    @Test(arguments: kinds)
    func logsLiveTailSkipsTheInitialResponseAndThrowsItsException(kind: HTTPTransportKind) async throws {
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders)
            let frames = Self.event("initial-response", "{}")
                + Self.event("sessionStart", #"{"requestId":"r","sessionId":"s","logGroupIdentifiers":["g"]}"#)
                + Self.event("sessionUpdate", #"{"sessionMetadata":{"sampled":false},"sessionResults":[{"message":"hi","timestamp":5}]}"#)
                + EventStreamEncoder.exception("SessionTimeoutException", payload: Data(#"{"message":"session over"}"#.utf8))
            connection.write(frames, pieces: EventStreamTestSupport.oddPieces)
            connection.end()
        }
        defer { server.stop() }
        let logs = try EventStreamTestSupport.client("logs", server: server, kind: kind)
        let tail = try await logs.startLiveTail.eventStream(logGroupIdentifiers: ["g"])
        #expect(tail.output["responseStream"] == nil)
        var events: [Document] = []
        let error = await #expect(throws: ClientError.self) {
            for try await event in tail.events { events.append(event) }
        }
        #expect(events == [
            ["sessionStart": ["requestId": "r", "sessionId": "s", "logGroupIdentifiers": ["g"]]],
            ["sessionUpdate": ["sessionMetadata": ["sampled": false], "sessionResults": [["message": "hi", "timestamp": 5]]]],
        ])
        #expect(error?.code == "SessionTimeoutException")
        #expect(error?.message == "session over")
        #expect(server.requests.first?.headers["x-amz-target"] == "Logs_20140328.StartLiveTail")
    }

    @Test(arguments: kinds)
    func jsonStreamWithoutInitialResponseIsAnError(kind: HTTPTransportKind) async throws {
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders)
            connection.write(Self.event("sessionStart", "{}"))
            connection.end()
        }
        defer { server.stop() }
        let logs = try EventStreamTestSupport.client("logs", server: server, kind: kind)
        await #expect { _ = try await logs.startLiveTail.eventStream(logGroupIdentifiers: ["g"]) } throws: {
            ($0 as? EventStreamError)?.code == .missingInitialResponse
        }
    }

    // MARK: json and CBOR, a test service with header-bound members, a blob payload and output members

    @Test(arguments: ["json", "smithy-rpc-v2-cbor"], kinds)
    func initialResponseMembersHeadersAndPayloads(protocolName: String, kind: HTTPTransportKind) async throws {
        let folder = try EventStreamTestSupport.modelFolder(protocolName: protocolName)
        defer { try? FileManager.default.removeItem(at: folder) }
        let initial = try EventStreamTestSupport.body(["SessionId": "session-7"], shape: "SubscribeOutput", protocolName: protocolName)
        let tick = try EventStreamTestSupport.body(["Count": 3, "Note": "third"], shape: "Tick", protocolName: protocolName)
        let failure = try EventStreamTestSupport.body(["Message": "gone", "Reason": "quota"], shape: "Failure", protocolName: protocolName)
        let at = Date(timeIntervalSince1970: 1_700_000_000.25)
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders)
            let frames = EventStreamEncoder.event("initial-response", payload: initial)
                + EventStreamEncoder.event("Tick", payload: tick, headers: [("At", .timestamp(1_700_000_000_250)), ("Source", .string("sensor"))])
                + EventStreamEncoder.event("Raw", payload: Data([0, 1, 2, 255]))
                + EventStreamEncoder.event("Unmodeled", payload: Data("{}".utf8))
                + EventStreamEncoder.exception("Failure", payload: failure)
            connection.write(frames, pieces: EventStreamTestSupport.oddPieces)
            connection.end()
        }
        defer { server.stop() }
        let client = try EventStreamTestSupport.client("eventsvc", server: server, kind: kind, dataPath: folder)
        let subscribed = try await client.subscribe.eventStream(Topic: "t")
        #expect(subscribed.output["SessionId"] == "session-7")
        #expect(subscribed.output["Events"] == nil)
        var events: [Document] = []
        let error = await #expect(throws: ClientError.self) {
            for try await event in subscribed.events { events.append(event) }
        }
        #expect(events == [
            ["Tick": ["Count": 3, "Note": "third", "At": .timestamp(at), "Source": "sensor"]],
            ["Raw": ["Bytes": .blob(Data([0, 1, 2, 255]))]],
        ])
        #expect(error?.code == "Failure")
        #expect(error?.message == "gone")
        #expect(error?.response["Reason"] == "quota")
        if protocolName == "smithy-rpc-v2-cbor" {
            #expect(server.requests.first?.headers["accept"] == "application/vnd.amazon.eventstream")
        }
    }

    // MARK: broken streams

    @Test(arguments: kinds)
    func connectionCutMidFrameThrows(kind: HTTPTransportKind) async throws {
        let frames = Self.event("Records", "first") + Self.event("Records", "second")
        let server = try Server { request, connection in
            // chunked: the transport sees the cut; close-delimited: only the decoder can.
            connection.head(headers: EventStreamTestSupport.streamHeaders, framing: request.path.contains("chunked") ? .chunked : .closeDelimited)
            connection.write(frames.prefix(frames.count - 7), pieces: EventStreamTestSupport.oddPieces)
        }
        defer { server.stop() }
        let s3 = try EventStreamTestSupport.client("s3", server: server, kind: kind)
        for key in ["chunked", "close-delimited"] {
            let selected = try await s3.selectObjectContent.eventStream(Bucket: .string("b"), Key: .string(key), Expression: "e", ExpressionType: "SQL",
                InputSerialization: ["CSV": [:]], OutputSerialization: ["CSV": [:]])
            var events: [Document] = []
            var failure: (any Error)?
            do {
                for try await event in selected.events { events.append(event) }
            } catch {
                failure = error
            }
            #expect(events == [["Records": ["Payload": .blob(Data("first".utf8))]]], "\(key)")
            let error = try #require(failure, "a stream cut mid-frame (\(key)) must not end quietly")
            if key == "close-delimited" {
                #expect((error as? EventStreamError)?.code == .truncated)
            } else {
                #expect(error is HTTPTransportError || (error as? EventStreamError)?.code == .truncated, "\(error)")
            }
        }
    }

    @Test(arguments: kinds)
    func damagedFrameOnTheWireThrows(kind: HTTPTransportKind) async throws {
        var corrupted = Self.event("Records", "second")
        corrupted[corrupted.count - 6] ^= 0x55
        let damaged = corrupted
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders)
            connection.write(Self.event("Records", "first") + damaged + Self.event("End", ""), pieces: EventStreamTestSupport.oddPieces)
            connection.end()
        }
        defer { server.stop() }
        let s3 = try EventStreamTestSupport.client("s3", server: server, kind: kind)
        let selected = try await s3.selectObjectContent.eventStream(Bucket: "b", Key: "k", Expression: "e", ExpressionType: "SQL",
            InputSerialization: ["CSV": [:]], OutputSerialization: ["CSV": [:]])
        var events = 0
        await #expect { for try await _ in selected.events { events += 1 } } throws: {
            ($0 as? EventStreamError)?.code == .messageChecksumMismatch
        }
        #expect(events == 1)
    }

    @Test(arguments: kinds)
    func cancellingTheConsumerClosesTheConnection(kind: HTTPTransportKind) async throws {
        let closed = Server.Gate()
        let server = try Server { _, connection in
            connection.head(headers: EventStreamTestSupport.streamHeaders)
            connection.write(Self.event("Records", "first"))
            // Wait for the client to close its end (bounded): recv returns 0 or fails.
            if connection.waitForPeerClose(seconds: 20) { closed.open() }
        }
        defer { server.stop() }
        let s3 = try EventStreamTestSupport.client("s3", server: server, kind: kind)
        let selected = try await s3.selectObjectContent.eventStream(Bucket: "b", Key: "k", Expression: "e", ExpressionType: "SQL",
            InputSerialization: ["CSV": [:]], OutputSerialization: ["CSV": [:]])
        let firstSeen = Server.Gate()
        let consumer = Task {
            var count = 0
            for try await _ in selected.events {
                count += 1
                firstSeen.open()
            }
            return count
        }
        #expect(await firstSeen.waitAsync(seconds: 20), "the first event should arrive")
        consumer.cancel()
        let result = await consumer.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(await closed.waitAsync(seconds: 20), "cancelling the consumer should close the connection")
    }
}
