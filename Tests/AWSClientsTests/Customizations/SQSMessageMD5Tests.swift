import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// SQS MD5 checks. botocore has no SQS digest check, so the expected digests are moto 5.2's
/// server-side `moto.sqs.models.Message.body_md5` / `.attribute_md5` in python3 (the same
/// algorithm SQS and the Java/Go SDKs use), for the attributes below.
@Suite struct SQSMessageMD5Tests {
    static let queue = "http://127.0.0.1:1/123456789012/q"
    static let attributes: Document = [
        "City": ["DataType": "String", "StringValue": "Any City"],
        "Population": ["DataType": "Number", "StringValue": "1250800"],
        "Blob": ["DataType": "Binary", "BinaryValue": .blob(Data([0, 1, 2]))],
    ]
    static let bodyMD5 = "3b7bef57d06c0021d0aafe8f6d587241"        // "hello sqs"
    static let attributesMD5 = "69d43f899c5f825653b41c617787137a"  // the three attributes above

    @Test func digestsMatchMoto() {
        #expect(SQSMessageAttributesMD5.digest(ofBody: "hello sqs") == Self.bodyMD5)
        #expect(SQSMessageAttributesMD5.digest(of: Self.attributes.dictionary ?? [:]) == Self.attributesMD5)
        #expect(SQSMessageAttributesMD5.digest(of: ["Greeting": ["DataType": "String", "StringValue": "héllo"]])
                == "018bb732b35ef92813e38824ffffba45")
        #expect(SQSMessageAttributesMD5.digest(of: [
            "AWSTraceHeader": ["DataType": "String", "StringValue": "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"],
        ]) == "5f48eef650c1d0207456969c85af2fdd")
    }

    @Test func sendMessageWithMatchingDigestsPasses() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json(
            #"{"MessageId":"m-1","MD5OfMessageBody":"\#(Self.bodyMD5)","MD5OfMessageAttributes":"\#(Self.attributesMD5)"}"#)])
        let sqs = try CustomizationTests.client("sqs", transport: transport)
        let output = try await sqs.call("SendMessage", ["QueueUrl": .string(Self.queue), "MessageBody": "hello sqs",
                                                        "MessageAttributes": Self.attributes])
        #expect(output["MessageId"]?.string == "m-1")
    }

    @Test func sendMessageBodyMismatchNamesTheMessage() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json(
            #"{"MessageId":"m-1","MD5OfMessageBody":"00000000000000000000000000000000"}"#)])
        let sqs = try CustomizationTests.client("sqs", transport: transport)
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await sqs.call("SendMessage", ["QueueUrl": .string(Self.queue), "MessageBody": "hello sqs"])
        }
        #expect(error?.checksum == "MD5OfMessageBody of message m-1")
        #expect(error?.actual == Self.bodyMD5)
        #expect(error?.description.contains("m-1") == true)
    }

    @Test func sendMessageAttributeMismatchThrows() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json(
            #"{"MessageId":"m-1","MD5OfMessageBody":"\#(Self.bodyMD5)","MD5OfMessageAttributes":"0123"}"#)])
        let sqs = try CustomizationTests.client("sqs", transport: transport)
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await sqs.call("SendMessage", ["QueueUrl": .string(Self.queue), "MessageBody": "hello sqs",
                                                   "MessageAttributes": Self.attributes])
        }
        #expect(error?.checksum == "MD5OfMessageAttributes of message m-1")
    }

    @Test func batchEntriesAreMatchedByID() async throws {
        let response = #"""
            {"Successful":[{"Id":"two","MessageId":"m-2","MD5OfMessageBody":"\#(Self.bodyMD5)"},
                           {"Id":"one","MessageId":"m-1","MD5OfMessageBody":"\#(SQSMessageAttributesMD5.digest(ofBody: "first"))"}],
             "Failed":[]}
            """#
        let transport = StubTransport(responses: [CustomizationTests.json(response)])
        let sqs = try CustomizationTests.client("sqs", transport: transport)
        _ = try await sqs.call("SendMessageBatch", ["QueueUrl": .string(Self.queue), "Entries": [
            ["Id": "one", "MessageBody": "first"], ["Id": "two", "MessageBody": "hello sqs"],
        ]])
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await sqs.call("SendMessageBatch", ["QueueUrl": .string(Self.queue), "Entries": [
                ["Id": "one", "MessageBody": "hello sqs"], ["Id": "two", "MessageBody": "hello sqs"],
            ]])
        }
        #expect(error?.checksum == "MD5OfMessageBody of batch entry one (message m-1)")
    }

    @Test func receivedMessagesAreChecked() async throws {
        let good = #"""
            {"Messages":[{"MessageId":"m-1","ReceiptHandle":"r","Body":"hello sqs","MD5OfBody":"\#(Self.bodyMD5)",
              "MD5OfMessageAttributes":"\#(Self.attributesMD5)",
              "MessageAttributes":{"City":{"DataType":"String","StringValue":"Any City"},
                                   "Population":{"DataType":"Number","StringValue":"1250800"},
                                   "Blob":{"DataType":"Binary","BinaryValue":"AAEC"}}}]}
            """#
        let transport = StubTransport(responses: [CustomizationTests.json(good)])
        let sqs = try CustomizationTests.client("sqs", transport: transport)
        let output = try await sqs.call("ReceiveMessage", ["QueueUrl": .string(Self.queue), "MessageAttributeNames": ["All"]])
        #expect(output["Messages"]?[0]?["Body"]?.string == "hello sqs")
    }

    @Test func receivedMessageWithAWrongMD5Throws() async throws {
        let bad = #"""
            {"Messages":[{"MessageId":"m-9","ReceiptHandle":"r","Body":"hello sqs!","MD5OfBody":"\#(Self.bodyMD5)"}]}
            """#
        let transport = StubTransport(responses: [CustomizationTests.json(bad)])
        let sqs = try CustomizationTests.client("sqs", transport: transport)
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await sqs.call("ReceiveMessage", ["QueueUrl": .string(Self.queue)])
        }
        #expect(error?.checksum == "MD5OfBody of received message m-9")
        #expect(error?.expected == Self.bodyMD5)
    }

    @Test func receivedAttributesWithAWrongMD5Throw() async throws {
        let bad = #"""
            {"Messages":[{"MessageId":"m-3","ReceiptHandle":"r","Body":"hello sqs","MD5OfBody":"\#(Self.bodyMD5)",
              "MD5OfMessageAttributes":"\#(Self.attributesMD5)",
              "MessageAttributes":{"City":{"DataType":"String","StringValue":"Other City"}}}]}
            """#
        let transport = StubTransport(responses: [CustomizationTests.json(bad)])
        let sqs = try CustomizationTests.client("sqs", transport: transport)
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await sqs.call("ReceiveMessage", ["QueueUrl": .string(Self.queue), "MessageAttributeNames": ["All"]])
        }
        #expect(error?.checksum == "MD5OfMessageAttributes of received message m-3")
    }
}
