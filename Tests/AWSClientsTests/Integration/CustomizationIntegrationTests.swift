import Foundation
import Synchronization
import Testing
import AWSTestSupport
@testable import AWSClients

/// The customizations against moto_server: what moto accepts and answers passes the checks.
@Suite(.serialized) struct CustomizationIntegrationTests {
    /// Forwards to a real transport, recording each exchange and optionally altering responses.
    final class RecordingTransport: HTTPTransport {
        private let inner: any HTTPTransport
        private let alter: @Sendable (HTTPRequest, inout HTTPResponse) -> Void
        private let log = Mutex<[(request: HTTPRequest, response: HTTPResponse)]>([])

        /// Forwards to `inner` (by default the transport `AWS_SWIFT_HTTP_TRANSPORT` names).
        init(inner: any HTTPTransport = HTTPTransports.make(HTTPTransportOptions(kind: TestClients.motoTransportKind)),
             alter: @escaping @Sendable (HTTPRequest, inout HTTPResponse) -> Void = { _, _ in }) {
            self.inner = inner
            self.alter = alter
        }

        var exchanges: [(request: HTTPRequest, response: HTTPResponse)] { log.withLock { $0 } }

        func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
            var response = try await inner.send(request, timeouts: timeouts)
            log.withLock { $0.append((request, response)) }
            alter(request, &response)
            return response
        }
    }

    static func client(_ service: String, region: String = "us-east-1", transport: RecordingTransport = RecordingTransport()) async throws
        -> Client {
        let endpoint = try await MotoServer.shared.endpointURL()
        let session = try Session(region: region, credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TestClients.environment, transport: transport)
        return try session.client(service, endpointURL: endpoint)
    }

    static func uniqueName(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.lowercased().prefix(12))" }

    @Test func putObjectCRC32AndValidatedGetObject() async throws {
        let transport = RecordingTransport()
        let s3 = try await Self.client("s3", transport: transport)
        let bucket = Self.uniqueName("checksums")
        _ = try await s3.call("CreateBucket", ["Bucket": .string(bucket)])
        let put = try await s3.call("PutObject", ["Bucket": .string(bucket), "Key": "hello.txt", "Body": .blob(Data("hello world".utf8))])
        let sent = try #require(transport.exchanges.last).request
        #expect(sent.headers["x-amz-checksum-crc32"] == "DUoRhQ==")
        #expect(put["ChecksumCRC32"]?.string == "DUoRhQ==", "moto accepted and echoed the CRC32")

        let got = try await s3.call("GetObject", ["Bucket": .string(bucket), "Key": "hello.txt", "ChecksumMode": "ENABLED"])
        #expect(got["Body"]?.data == Data("hello world".utf8))
        let answered = try #require(transport.exchanges.last).response
        #expect(answered.headers["x-amz-checksum-crc32"] == "DUoRhQ==", "moto sent the checksum, so it was validated")
    }

    @Test func corruptedGetObjectBodyFailsValidation() async throws {
        let transport = RecordingTransport { request, response in
            if request.method == "GET", !response.body.isEmpty { response.body[response.body.startIndex] ^= 0x01 }
        }
        let s3 = try await Self.client("s3", transport: transport)
        let bucket = Self.uniqueName("corrupt")
        _ = try await s3.call("CreateBucket", ["Bucket": .string(bucket)])
        _ = try await s3.call("PutObject", ["Bucket": .string(bucket), "Key": "k", "Body": .blob(Data("hello world".utf8)),
                                            "ChecksumAlgorithm": "SHA256"])
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await s3.call("GetObject", ["Bucket": .string(bucket), "Key": "k"])
        }
        #expect(error?.checksum == "x-amz-checksum-sha256")
    }

    @Test func createBucketOutsideUSEast1() async throws {
        let s3 = try await Self.client("s3", region: "eu-west-1")
        let bucket = Self.uniqueName("located")
        _ = try await s3.call("CreateBucket", ["Bucket": .string(bucket)])
        let location = try await s3.call("GetBucketLocation", ["Bucket": .string(bucket)])
        #expect(location["LocationConstraint"]?.string == "eu-west-1")
    }

    @Test func copySourceAndURLEncodedListing() async throws {
        let s3 = try await Self.client("s3")
        let bucket = Self.uniqueName("encoding")
        _ = try await s3.call("CreateBucket", ["Bucket": .string(bucket)])
        let key = "dir one/a+b ü.txt"
        _ = try await s3.call("PutObject", ["Bucket": .string(bucket), "Key": .string(key), "Body": .blob(Data("x".utf8))])
        _ = try await s3.call("CopyObject", ["Bucket": .string(bucket), "Key": "copy.txt",
                                             "CopySource": ["Bucket": .string(bucket), "Key": .string(key)]])
        let listed = try await s3.call("ListObjectsV2", ["Bucket": .string(bucket), "Prefix": "dir one/"])
        #expect(listed["Contents"]?.array?.compactMap { $0["Key"]?.string } == [key])
        let copied = try await s3.call("GetObject", ["Bucket": .string(bucket), "Key": "copy.txt"])
        #expect(copied["Body"]?.data == Data("x".utf8))
    }

    @Test func sqsSendAndReceiveWithAttributes() async throws {
        let sqs = try await Self.client("sqs")
        let queue = try await sqs.call("CreateQueue", ["QueueName": .string(Self.uniqueName("md5"))])
        let url = try #require(queue["QueueUrl"])
        let attributes: Document = [
            "City": ["DataType": "String", "StringValue": "Any City"],
            "Population": ["DataType": "Number", "StringValue": "1250800"],
        ]
        let sent = try await sqs.call("SendMessage", ["QueueUrl": url, "MessageBody": "hello sqs", "MessageAttributes": attributes])
        #expect(sent["MD5OfMessageAttributes"] != nil, "moto returned the attribute digest that was checked")
        let batch = try await sqs.call("SendMessageBatch", ["QueueUrl": url, "Entries": [
            ["Id": "a", "MessageBody": "first", "MessageAttributes": attributes], ["Id": "b", "MessageBody": "second"],
        ]])
        #expect(batch["Successful"]?.array?.count == 2)
        let received = try await sqs.call("ReceiveMessage", ["QueueUrl": url, "MaxNumberOfMessages": 10,
                                                             "MessageAttributeNames": ["All"]])
        let messages = received["Messages"]?.array ?? []
        #expect(messages.count == 3)
        #expect(messages.contains { $0["MD5OfMessageAttributes"] != nil && $0["MessageAttributes"]?["City"] != nil })
    }

    @Test func glacierWithoutAccountID() async throws {
        let glacier = try await Self.client("glacier")
        let name = Self.uniqueName("vault")
        _ = try await glacier.call("CreateVault", ["vaultName": .string(name)])
        let vaults = try await glacier.call("ListVaults")
        #expect(vaults["VaultList"]?.array?.contains { $0["VaultName"]?.string == name } == true)
        let archive = try await glacier.call("UploadArchive", ["vaultName": .string(name), "body": .blob(Data("hello world".utf8))])
        #expect(archive["archiveId"]?.string?.isEmpty == false)
    }

    @Test func dynamoDBResponsesPassTheCRC32Check() async throws {
        let transport = RecordingTransport()
        let ddb = try await Self.client("dynamodb", transport: transport)
        let table = Self.uniqueName("crc")
        _ = try await ddb.call("CreateTable", [
            "TableName": .string(table), "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [["AttributeName": "id", "AttributeType": "S"]],
            "KeySchema": [["AttributeName": "id", "KeyType": "HASH"]],
        ])
        let described = try await ddb.call("DescribeTable", ["TableName": .string(table)])
        #expect(described["Table"]?["TableName"]?.string == table)
        #expect(transport.exchanges.allSatisfy { $0.response.headers["x-amz-crc32"] != nil }, "moto sends x-amz-crc32")
    }
}
