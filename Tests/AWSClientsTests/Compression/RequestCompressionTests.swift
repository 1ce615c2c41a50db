import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// botocore's compress.py rules (tests/functional/test_compress.py, tests/unit/test_compress.py) on
/// made-up operations of each protocol.
@Suite struct RequestCompressionTests {
    private static let shapes: Document = [
        "In": ["type": "structure", "members": ["Values": ["shape": "List"]]],
        "List": ["type": "list", "member": ["shape": "Item"]],
        "Item": ["type": "structure", "members": ["Value": ["shape": "S"]]],
        "S": ["type": "string"],
        "Upload": ["type": "structure", "members": ["Body": ["shape": "Stream"]], "payload": "Body"],
        "Stream": ["type": "blob", "streaming": true],
        "Sized": ["type": "structure", "members": ["Body": ["shape": "SizedStream"]], "payload": "Body"],
        "SizedStream": ["type": "blob", "streaming": true, "requiresLength": true],
        "Encoded": ["type": "structure", "members": [
            "Values": ["shape": "List"], "Encoding": ["shape": "S", "location": "header", "locationName": "Content-Encoding"]]],
    ]

    private static func service(_ protocolName: String) throws -> SyntheticService {
        let gzip: Document = ["encodings": ["gzip"]]
        return try SyntheticService(protocolName: protocolName, operations: [
            "Send": ["input": ["shape": "In"], "requestcompression": gzip],
            "Stream": ["input": ["shape": "Upload"], "requestcompression": gzip, "http": ["method": "PUT", "requestUri": "/s"]],
            "SizedStream": ["input": ["shape": "Sized"], "requestcompression": gzip, "http": ["method": "PUT", "requestUri": "/z"]],
            "Encoded": ["input": ["shape": "Encoded"], "requestcompression": gzip, "http": ["method": "POST", "requestUri": "/e"]],
            "Unknown": ["input": ["shape": "In"], "requestcompression": ["encodings": ["br"]]],
        ], shapes: shapes)
    }

    private static let values: Document = ["Values": .list((1...20).map { ["Value": .string("MockOpParamValue\($0)")] })]

    private func send(_ service: SyntheticService, _ operation: String, _ params: Document = values, config: Config? = nil) async throws -> HTTPRequest {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data("{}".utf8)) }
        _ = try? await service.client(transport: stub, config: config).call(operation, params)
        return try #require(stub.requests.first)
    }

    @Test(arguments: ["query", "json", "rest-json", "smithy-rpc-v2-cbor"])
    func bodiesAtTheThresholdAreGzipped(_ protocolName: String) async throws {
        let service = try Self.service(protocolName)
        let plain = try await send(service, "Send", config: Config(requestMinCompressionSizeBytes: 100, disableRequestCompression: true))
        let request = try await send(service, "Send", config: Config(requestMinCompressionSizeBytes: 100))
        #expect(plain.headers["Content-Encoding"] == nil)
        #expect(request.headers["Content-Encoding"] == "gzip", "\(protocolName)")
        #expect(try GzipDecoder.decompress(request.body.inMemoryData ?? Data()) == plain.body.inMemoryData, "\(protocolName)")
        let features = request.headers["User-Agent"]?.split(separator: " ").first { $0.hasPrefix("m/") }?.dropFirst(2).split(separator: ",")
        #expect(features?.contains("L") == true, "\(protocolName): GZIP_REQUEST_COMPRESSION is reported")
        #expect(plain.headers["User-Agent"]?.contains(",L") == false)
    }

    @Test func theQueryFormIsCompressedAsBotocoreSerializesIt() async throws {
        let request = try await send(try Self.service("query"), "Send", config: Config(requestMinCompressionSizeBytes: 100))
        let body = String(decoding: try GzipDecoder.decompress(request.body.inMemoryData ?? Data()), as: UTF8.self)
        let expected = "Action=Send&Version=2020-02-02&" + (1...20).map { "Values.member.\($0).Value=MockOpParamValue\($0)" }.joined(separator: "&")
        #expect(body == expected)
    }

    @Test func smallBodiesDisabledCompressionAndUnknownEncodingsAreLeftAlone() async throws {
        let service = try Self.service("json")
        let small = try await send(service, "Send")
        #expect(small.headers["Content-Encoding"] == nil)
        let disabled = try await send(service, "Send", config: Config(requestMinCompressionSizeBytes: 1, disableRequestCompression: true))
        #expect(disabled.headers["Content-Encoding"] == nil)
        let unknown = try await send(service, "Unknown", config: Config(requestMinCompressionSizeBytes: 1))
        #expect(unknown.headers["Content-Encoding"] == nil)
    }

    @Test func disablingFromTheEnvironmentWorksToo() async throws {
        let service = try Self.service("json")
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data("{}".utf8)) }
        let client = try service.client(transport: stub, environment: ["AWS_DISABLE_REQUEST_COMPRESSION": "true",
                                                                       "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": "1"])
        _ = try await client.call("Send", Self.values)
        #expect(stub.requests.first?.headers["Content-Encoding"] == nil)
    }

    @Test func streamingBodiesAreCompressedWhateverTheirSizeUnlessTheyNeedALength() async throws {
        let service = try Self.service("rest-json")
        let stream = try await send(service, "Stream", ["Body": .blob(Data("tiny".utf8))])
        #expect(stream.headers["Content-Encoding"] == "gzip")
        #expect(try GzipDecoder.decompress(stream.body.inMemoryData ?? Data()) == Data("tiny".utf8))
        let sized = try await send(service, "SizedStream", ["Body": .blob(Data("tiny".utf8))], config: Config(requestMinCompressionSizeBytes: 1))
        #expect(sized.headers["Content-Encoding"] == nil)
    }

    @Test func streamedFilesAreCompressedIntoTheBody() async throws {
        let service = try Self.service("rest-json")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("compress-\(UUID().uuidString)")
        let contents = Data(String(repeating: "file contents ", count: 500).utf8)
        try contents.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data("{}".utf8)) }
        let client = try service.client(transport: stub)
        _ = try await client.runtime.perform(operation: try client.runtime.operationModel(named: "Stream"), params: [:], body: .file(file))
        let request = try #require(stub.requests.first)
        #expect(request.headers["Content-Encoding"] == "gzip")
        #expect(try GzipDecoder.decompress(request.body.inMemoryData ?? Data()) == contents)
    }

    @Test func anExistingContentEncodingIsKept() async throws {
        let request = try await send(try Self.service("rest-json"), "Encoded", ["Values": Self.values["Values"] ?? [], "Encoding": "identity"],
                                     config: Config(requestMinCompressionSizeBytes: 1))
        #expect(request.headers["Content-Encoding"] == "identity,gzip")
    }

    @Test func presignedRequestsAreNotCompressed() throws {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200) }
        let service = try Self.service("json")
        let client = try service.client(transport: stub, config: Config(requestMinCompressionSizeBytes: 1))
        let url = try client.generatePresignedURL("Send", params: Self.values)
        #expect(url.absoluteString.contains("Values="))
    }
}
