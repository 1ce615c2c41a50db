import Foundation
import Testing
@testable import AWSClients

/// The per-shape member tables the response parsers use, and the response-side lookups built on them.
@Suite struct ShapeNameTableTests {
    @Test func findsNamesExactlyAndChainsRepeatedOnes() {
        let table = ShapeNameTable(["Key", "ETag", nil, "Size", "Key", "a:b"], caseInsensitive: false)
        #expect(table.first("Key") == 0)
        #expect(table.next(after: 0) == 4)
        #expect(table.next(after: 4) == -1)
        #expect(table.first("ETag") == 1)
        #expect(table.first("etag") == -1)
        #expect(table.first("Size") == 3)
        #expect(table.first("a:b") == 5)
        #expect(table.first("") == -1)
        #expect(table.first("Missing") == -1)
    }

    @Test func caseInsensitiveTablesFoldASCIIOnly() {
        let table = ShapeNameTable(["x-amz-version-id", "ETag", "Größe"], caseInsensitive: true)
        #expect(table.first("X-Amz-Version-Id") == 0)
        #expect(table.first("etag") == 1)
        #expect(table.first("ETAG") == 1)
        #expect(table.first("GRößE") == 2)
        #expect(table.first("GRÖSSE") == -1)
    }

    @Test func manyNamesAllResolve() {
        let names = (0..<300).map { "Member\($0)" }
        let table = ShapeNameTable(names, caseInsensitive: false)
        for (position, name) in names.enumerated() { #expect(table.first(name) == position, "\(name)") }
    }

    @Test func memberLookupAndPresentMembersUseModelOrder() throws {
        let s3 = try ModelLoader(environment: [:]).serviceModel("s3")
        let input = try #require(s3.shape(named: "PutObjectRequest"))
        #expect(input.member("Bucket")?.name == "BucketName")
        #expect(input.member("bucket") == nil)
        let present = input.presentMembers(of: ["Key": "k", "Bucket": "b", "NotAMember": "x"])
        #expect(present.map(\.name) == ["Bucket", "Key"])
        let all = Dictionary(uniqueKeysWithValues: input.memberNames.map { ($0, Document.string("v")) })
        #expect(input.presentMembers(of: all).map(\.name) == input.memberNames)
    }

    @Test func headerMembersTakeTheFirstFieldInAnyCase() throws {
        let s3 = try ModelLoader(environment: [:]).serviceModel("s3")
        let output = try #require(try s3.operation("HeadObject").output)
        let headers = HTTPHeaders([("ETAG", "\"first\""), ("etag", "\"second\""), ("Content-Length", "12"),
                                   ("X-Amz-Meta-Color", "red"), ("x-amz-meta-size", "big"), ("x-amz-metal", "no")])
        let parsed = try RestResponseParser(codec: RestXMLBodyCodec())
            .parse(ProtocolResponse(statusCode: 200, headers: headers), shape: output)
        #expect(parsed["ETag"] == .string("\"first\""))
        #expect(parsed["ContentLength"] == .int(12))
        #expect(parsed["Metadata"] == .map(["Color": "red", "size": "big"]))
    }

    @Test func responseMetadataJoinsRepeatedHeadersAndPicksTheFirstRequestID() {
        let headers = HTTPHeaders([("X-Amz-Request-Id", "r1"), ("Date", "d"), ("x-amz-request-id", "r2"),
                                   ("x-amzn-RequestId", "n1"), ("X-Amz-Id-2", "h1"), ("ETag", "e")])
        let metadata = ResponseMetadata.document(statusCode: 200, headers: headers, retryAttempts: 1)
        #expect(metadata["RequestId"] == .string("n1"))
        #expect(metadata["HostId"] == .string("h1"))
        #expect(metadata["HTTPHeaders"] == .map(["x-amz-request-id": "r1, r2", "date": "d", "x-amzn-requestid": "n1",
                                                  "x-amz-id-2": "h1", "etag": "e"]))
        let fromBody = ResponseMetadata.document(statusCode: 500, headers: HTTPHeaders([("X-Amz-Request-Id", "r")]), retryAttempts: 0,
                                                 requestIDFromBody: "b")
        #expect(fromBody["RequestId"] == .string("r"))
    }
}
