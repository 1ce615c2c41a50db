import Foundation
import Testing
@testable import AWSClients

/// S3 `SelectObjectContent` against moto, through the transport `AWS_SWIFT_HTTP_TRANSPORT` names.
@Suite struct EventStreamMotoIntegrationTests {
    @Test func selectObjectContentStreamsRecordsStatsAndEnd() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("select")
        _ = try await s3.createBucket(Bucket: bucket)
        let csv = "name,age\nalice,30\nbob,41\ncarol,25\n"
        _ = try await s3.putObject(Bucket: bucket, Key: "people.csv", Body: Data(csv.utf8))
        let selected = try await s3.selectObjectContent.eventStream(Bucket: .string(bucket), Key: "people.csv",
            Expression: "SELECT * FROM S3Object", ExpressionType: "SQL",
            InputSerialization: ["CSV": ["FileHeaderInfo": "USE"]], OutputSerialization: ["CSV": [:]])
        #expect(selected.output["ResponseMetadata"]?["HTTPStatusCode"] == 200)
        var records = Data()
        var kinds: [String] = []
        for try await event in selected.events {
            kinds.append(contentsOf: event.dictionary?.keys.map { $0 } ?? [])
            if let bytes = event["Records"]?["Payload"]?.data { records.append(bytes) }
            if let stats = event["Stats"]?["Details"] { #expect(stats["BytesScanned"]?.int != nil) }
        }
        // What boto3 gets from the same moto: one Records event, Stats, End.
        #expect(String(decoding: records, as: UTF8.self).split(separator: "\n") == ["alice,30", "bob,41", "carol,25"])
        #expect(kinds == ["Records", "Stats", "End"])
        // The plain call is refused, naming the call to use.
        let plain = await #expect(throws: ParamValidationError.self) {
            _ = try await s3.selectObjectContent(Bucket: .string(bucket), Key: "people.csv", Expression: "SELECT * FROM S3Object",
                ExpressionType: "SQL", InputSerialization: ["CSV": [:]], OutputSerialization: ["CSV": [:]])
        }
        #expect(plain?.description.contains("selectObjectContent.eventStream(") == true)
    }
}
