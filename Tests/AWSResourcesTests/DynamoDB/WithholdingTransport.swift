import Foundation
import Synchronization
@testable import AWSResources

/// A transport in front of moto that makes `BatchWriteItem` return unprocessed writes, as DynamoDB
/// does under load: for the first `rounds` requests it withholds the last `count` writes (they
/// are not forwarded) and returns them in `UnprocessedItems`, so only a resend writes them.
final class WithholdingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let count: Int
    private let state: Mutex<(rounds: Int, withheld: Int, batchRequests: Int)>

    init(inner: any HTTPTransport, rounds: Int, count: Int) {
        self.inner = inner
        self.count = count
        state = Mutex((rounds, 0, 0))
    }

    /// Writes withheld so far, and `BatchWriteItem` requests seen.
    var totals: (withheld: Int, batchRequests: Int) { state.withLock { ($0.withheld, $0.batchRequests) } }

    func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        guard request.headers["X-Amz-Target"]?.hasSuffix(".BatchWriteItem") == true, let data = request.body.inMemoryData,
              case .map(var body) = try JSONValue.parse(data).document,
              case .map(var tables)? = body["RequestItems"], let (table, writes) = tables.first, case .list(let list) = writes
        else { return try await inner.send(request, timeouts: timeouts) }
        let take = state.withLock { state -> Int in
            state.batchRequests += 1
            guard state.rounds > 0, list.count > 1 else { return 0 }
            state.rounds -= 1
            let take = min(count, list.count - 1)
            state.withheld += take
            return take
        }
        guard take > 0 else { return try await inner.send(request, timeouts: timeouts) }
        tables[table] = .list(Array(list.dropLast(take)))
        body["RequestItems"] = .map(tables)
        var forwarded = request
        let bytes = Data(JSONWriter.string(.map(body)).utf8)
        forwarded.body = .data(bytes)
        forwarded.headers["Content-Length"] = String(bytes.count)
        var response = try await inner.send(forwarded, timeouts: timeouts)
        guard response.statusCode == 200, case .map(var out) = try JSONValue.parse(response.body).document else { return response }
        var unprocessed = out["UnprocessedItems"]?.dictionary ?? [:]
        unprocessed[table] = .list((unprocessed[table]?.array ?? []) + list.suffix(take))
        out["UnprocessedItems"] = .map(unprocessed)
        response.body = Data(JSONWriter.string(.map(out)).utf8)
        response.headers["x-amz-crc32"] = nil
        response.headers["Content-Length"] = String(response.body.count)
        return response
    }

    func shutdown() async { await inner.shutdown() }
}
