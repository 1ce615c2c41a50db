import Foundation
@testable import AWSClients

/// Canned service responses and request inspection for paginator and waiter tests.
enum PaginatorStubs {
    /// An S3 `ListObjectsV2` page.
    static func listObjectsV2(keys: [String], nextToken: String? = nil, truncated: Bool? = nil, prefixes: [String] = []) -> HTTPResponse {
        var body = "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><Prefix></Prefix>"
        body += "<KeyCount>\(keys.count)</KeyCount><MaxKeys>1000</MaxKeys>"
        body += "<IsTruncated>\(truncated ?? (nextToken != nil))</IsTruncated>"
        if let nextToken { body += "<NextContinuationToken>\(nextToken)</NextContinuationToken>" }
        for key in keys { body += "<Contents><Key>\(key)</Key><Size>1</Size></Contents>" }
        for prefix in prefixes { body += "<CommonPrefixes><Prefix>\(prefix)</Prefix></CommonPrefixes>" }
        body += "</ListBucketResult>"
        return xml(body)
    }

    /// An S3 `ListObjects` (v1) page; `nextMarker` is only sent when a delimiter was given.
    static func listObjects(keys: [String], truncated: Bool, nextMarker: String? = nil) -> HTTPResponse {
        var body = "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><IsTruncated>\(truncated)</IsTruncated>"
        if let nextMarker { body += "<NextMarker>\(nextMarker)</NextMarker>" }
        for key in keys { body += "<Contents><Key>\(key)</Key></Contents>" }
        return xml(body + "</ListBucketResult>")
    }

    /// An S3 `ListObjectVersions` page (two output tokens, three result keys).
    static func listObjectVersions(versions: [(String, String)], deleteMarkers: [(String, String)], next: (String, String)?) -> HTTPResponse {
        var body = "<ListVersionsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><IsTruncated>\(next != nil)</IsTruncated>"
        if let next { body += "<NextKeyMarker>\(next.0)</NextKeyMarker><NextVersionIdMarker>\(next.1)</NextVersionIdMarker>" }
        for (key, version) in versions { body += "<Version><Key>\(key)</Key><VersionId>\(version)</VersionId></Version>" }
        for (key, version) in deleteMarkers { body += "<DeleteMarker><Key>\(key)</Key><VersionId>\(version)</VersionId></DeleteMarker>" }
        return xml(body + "</ListVersionsResult>")
    }

    static func xml(_ body: String, status: Int = 200) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers["Content-Type"] = "application/xml"
        headers["x-amz-request-id"] = "REQ"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body.utf8))
    }

    /// A JSON-protocol response (DynamoDB and friends).
    static func json(_ body: String, status: Int = 200) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers["Content-Type"] = "application/x-amz-json-1.0"
        headers["x-amzn-RequestId"] = "REQ"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body.utf8))
    }

    /// A bodiless status (HEAD answers).
    static func status(_ code: Int) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers["x-amz-request-id"] = "REQ"
        return HTTPResponse(statusCode: code, headers: headers)
    }

    /// The query parameters of a request, by name.
    static func query(_ request: HTTPRequest) -> [String: String] {
        var result: [String: String] = [:]
        for item in URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? [] {
            result[item.name] = item.value ?? ""
        }
        return result
    }

    /// The JSON body of a request.
    static func jsonBody(_ request: HTTPRequest) -> Document {
        guard let data = request.body.inMemoryData, let value = try? JSONValue.parse(data) else { return .null }
        return value.document
    }

    /// Every value of a search sequence.
    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var values: [S.Element] = []
        for try await value in sequence { values.append(value) }
        return values
    }
}
