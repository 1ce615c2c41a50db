import AWSClients
import Foundation
import Synchronization

/// An in-process transport answering boto3_bench.py's canned responses, so that a call runs the
/// whole SDK (validation, serialization, endpoint rules, signing, parsing) with no network.
///
/// Like the boto3 side's `before-send` handler it consumes the request body as an HTTP layer
/// would: every byte is read (folded into a running sum), so nothing lazy is skipped.
final class CannedTransport: HTTPTransport {
    /// Bytes of request bodies read and their byte sum (a sanity check that bodies were consumed),
    /// and the last request's method and URL.
    struct Consumed {
        var bytes = 0
        var sum: UInt64 = 0
        var lastRequest = ""
    }

    private let putResponse = HTTPResponse(statusCode: 200, headers: CannedResponses.s3PutHeaders)
    private let listV2Pages: [HTTPResponse]
    private let listV1Pages: [HTTPResponse]
    private let sqsResponse = HTTPResponse(statusCode: 200, headers: CannedResponses.sqsHeaders,
                                           body: CannedResponses.sqsSendMessageJSON)
    private let consumed = Mutex(Consumed())

    init() {
        listV2Pages = (0..<CannedResponses.pages).map { page in
            let body = CannedResponses.listV2Page(page, of: CannedResponses.pages)
            return HTTPResponse(statusCode: 200, headers: CannedResponses.s3ListHeaders(contentLength: body.count), body: body)
        }
        listV1Pages = (0..<CannedResponses.pages).map { page in
            let body = CannedResponses.listV1Page(page, of: CannedResponses.pages)
            return HTTPResponse(statusCode: 200, headers: CannedResponses.s3ListHeaders(contentLength: body.count), body: body)
        }
    }

    /// What has been read so far.
    var consumedSoFar: Consumed { consumed.withLock { $0 } }

    func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        try consume(request)
        switch request.method {
        case "PUT":
            return putResponse
        case "POST":
            guard request.headers["X-Amz-Target"] == "AmazonSQS.SendMessage" else {
                return HTTPResponse(statusCode: 404)
            }
            return sqsResponse
        case "GET":
            let query = request.url.query ?? ""
            if query.contains("list-type=2") { return listV2Pages[Self.pageIndex(query: query) ?? 0] }
            // ListObjects (v1): the page after the marker; an unexpected marker is a 404.
            guard let page = CannedResponses.listV1PageIndex(marker: Self.marker(query: query)) else {
                return HTTPResponse(statusCode: 404)
            }
            return listV1Pages[page]
        default:
            return HTTPResponse(statusCode: 404)
        }
    }

    /// The page a `continuation-token=tok-N` asks for (boto3_bench.py's tokens), if any.
    private static func pageIndex(query: String) -> Int? {
        guard let range = query.range(of: "continuation-token=tok-") else { return nil }
        let digits = query[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits).flatMap { $0 < CannedResponses.pages ? $0 : nil }
    }

    /// The `marker` query parameter (empty when absent); the canned keys need no percent-decoding.
    private static func marker(query: String) -> String {
        for part in query.split(separator: "&") where part.hasPrefix("marker=") {
            return String(part.dropFirst("marker=".count))
        }
        return ""
    }

    private func consume(_ request: HTTPRequest) throws {
        let data: Data
        switch request.body {
        case .empty: data = Data()
        case .data(let bytes): data = bytes
        case .file(let url): data = try Data(contentsOf: url)
        case .fileSegment(let url, let offset, let length):
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            try handle.seek(toOffset: UInt64(offset))
            data = try handle.read(upToCount: Int(length)) ?? Data()
        case .awsChunked(let chunked): data = try chunked.encodedData()
        }
        let sum = data.withUnsafeBytes { raw in
            var total: UInt64 = 0
            for byte in raw { total &+= UInt64(byte) }
            return total
        }
        consumed.withLock {
            $0.bytes += data.count
            $0.sum &+= sum
            $0.lastRequest = request.method + " " + request.url.absoluteString
        }
    }
}
