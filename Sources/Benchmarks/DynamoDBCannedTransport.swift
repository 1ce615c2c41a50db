import AWSClients
import Foundation
import Synchronization

/// Answers the DynamoDB benchmark's calls in process, as bench_dynamodb_boto3.py's `before-send`
/// handler does: `BatchWriteItem` with no unprocessed items, `Query` with one canned page of
/// `pageItems` items (the wire form of `DynamoDBBenchmarks.item`). Counts the writes it receives.
final class DynamoDBCannedTransport: HTTPTransport {
    private let batchResponse = DynamoDBCannedTransport.response(Data(#"{"UnprocessedItems":{}}"#.utf8))
    private let queryResponse: HTTPResponse
    private let writes = Mutex((requests: 0, items: 0))

    init(page: Data) {
        queryResponse = Self.response(page)
    }

    private static func response(_ body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0"),
                                                            ("Content-Length", String(body.count))]), body: body)
    }

    /// `BatchWriteItem` requests and the writes they carried.
    var received: (requests: Int, items: Int) { writes.withLock { ($0.requests, $0.items) } }

    func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        switch request.headers["X-Amz-Target"] {
        case "DynamoDB_20120810.BatchWriteItem"?:
            // One `PutRequest` per item, and the benchmark's items hold no other capital P.
            var count = 0
            for byte in request.body.inMemoryData ?? Data() where byte == UInt8(ascii: "P") { count += 1 }
            writes.withLock { $0.requests += 1; $0.items += count }
            return batchResponse
        case "DynamoDB_20120810.Query"?:
            return queryResponse
        default:
            return HTTPResponse(statusCode: 400, body: Data(#"{"__type":"UnknownOperationException"}"#.utf8))
        }
    }
}
