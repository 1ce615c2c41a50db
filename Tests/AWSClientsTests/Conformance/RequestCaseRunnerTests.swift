import Foundation
import Testing
@testable import AWSClients
@testable import AWSConformance

/// `aws-conformance requests`: the typed parameters it reads and the records it writes
/// (Tests/Differential/requests compares them with botocore's).
@Suite struct RequestCaseRunnerTests {
    @Test func typedParametersKeepBlobsTimestampsAndNumberKinds() throws {
        let json = #"""
        {"b": {"$blob": "AP8="}, "t": {"$timestamp": "1969-12-31T23:59:59.500000Z", "epochMicros": -500000},
         "f": 1.0, "i": 1, "l": [5e-324, "x", null, true], "m": {"k": {"$blob": ""}}}
        """#
        let document = try TypedParameters.document(try JSONReader.parse(Data(json.utf8)))
        #expect(document["b"] == .blob(Data([0x00, 0xFF])))
        #expect(document["t"]?.date?.timeIntervalSince1970 == -0.5)
        #expect(document["f"] == .double(1.0))
        #expect(document["i"] == .int(1))
        #expect(document["l"] == [.double(.leastNonzeroMagnitude), "x", .null, true])
        #expect(document["m"]?["k"] == .blob(Data()))
    }

    @Test func microsecondsSurviveNearThePresent() {
        let date = TypedParameters.date(epochMicros: 1_577_836_800_999_999)  // 2020-01-01T00:00:00.999999Z
        #expect(TimestampFormat.iso8601.format(date) == "2020-01-01T00:00:00.999999Z")
    }

    @Test func malformedWrappersThrow() throws {
        #expect(throws: ConformanceError.self) { try TypedParameters.document(try JSONReader.parse(Data(#"{"$blob": 1}"#.utf8))) }
        #expect(throws: ConformanceError.self) {
            try TypedParameters.document(try JSONReader.parse(Data(#"{"$timestamp": "x", "epochMicros": 1.5}"#.utf8)))
        }
    }

    @Test func capturesTheSignedRequestAndRecordsRefusals() async throws {
        let cases = """
        {"id": "ok", "service": "sqs", "operation": "GetQueueUrl", "mode": "required", "region": "eu-central-1", "params": {"QueueName": "q"}}
        {"id": "invalid", "service": "sqs", "operation": "GetQueueUrl", "mode": "required", "region": "us-east-1", "params": {}}
        {"id": "unknown", "service": "sqs", "operation": "NoSuchOperation", "mode": "required", "region": "us-east-1", "params": {}}
        """
        var lines: [String] = []
        let counts = try await RequestCaseRunner().run(input: Data(cases.utf8)) { lines.append($0) }
        #expect(counts.cases == 3 && counts.requests == 1 && counts.rejected == 2)
        let records = try lines.map { try JSONReader.parse(Data($0.utf8)) }
        let request = try #require(records.first?["request"])
        #expect(records.first?["outcome"]?.string == "request")
        #expect(request["method"]?.string == "POST")
        #expect(request["url"]?.string == "https://sqs.eu-central-1.amazonaws.com/")
        let headers = request["headers"]?.array?.compactMap { $0.array?.compactMap(\.string) } ?? []
        let authorization = headers.first { $0.first == "Authorization" }?.last ?? ""
        #expect(authorization.contains("Credential=AKIDEXAMPLE/") && authorization.contains("/eu-central-1/sqs/aws4_request"))
        #expect(headers.contains(["X-Amz-Target", "AmazonSQS.GetQueueUrl"]))
        let body = Data(base64Encoded: request["body_b64"]?.string ?? "") ?? Data()
        #expect(String(decoding: body, as: UTF8.self) == #"{"QueueName":"q"}"#)
        #expect(records[1]["error_type"]?.string == "ParamValidationError")
        #expect(records[2]["error_type"]?.string == "UnknownOperationError")
    }
}
