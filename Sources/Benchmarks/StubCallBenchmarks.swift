import AWSClients
import Foundation

/// boto3_bench.py's `stub-calls` through the Swift SDK: full client calls answered in process by
/// `CannedTransport`, on the default https endpoints (nothing is ever sent anywhere).
/// The resource-layer rows (`bucket.putObject`, `queue.sendMessage`, `bucket.objects.all()`) are
/// in `StubCallBenchmarks+Resources.swift`.
enum StubCallBenchmarks {
    struct Sizes {
        var calls = 2000
        var listCalls = 20
        var rounds = 5
        var warmup = 50
        /// Whole walks of `bucket.objects.all()` per round.
        var iterations = 1
        /// Only the rows whose name contains this (for profiling one scenario), or all.
        var only: String?
        /// No-op interceptors every client runs (`--interceptors N`): the per-call cost of one.
        var interceptors = 0
        /// Debug logging to a sink that drops every line (`--log-null`): the logger's per-call cost.
        var nullLogging = false

        func includes(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ sizes: Sizes) async throws -> [RoundFigures] {
        let transport = CannedTransport()
        let session = try Session(region: "us-east-1", environment: CannedResponses.offlineEnvironment, transport: transport,
                                  interceptors: Array(repeating: NoOpInterceptor(), count: sizes.interceptors))
        if sizes.nullLogging { Session.setLogHandler(NullLogHandler(), level: .debug) }
        defer { if sizes.nullLogging { Session.setLogHandler(nil) } }
        let s3 = try session.client("s3")
        let sqs = try session.client("sqs")
        let body = CannedResponses.body1KiB
        let bucket = Document.string(CannedResponses.bucket)
        let queueURL = Document.string(CannedResponses.queueURL)
        let message = Document.string(CannedResponses.messageBody)

        try await checkOnce(s3: s3, sqs: sqs, transport: transport)
        var rows: [RoundFigures] = []
        if sizes.includes("s3_client_put_object_1KiB") {
            rows.append(try await measure("s3_client_put_object_1KiB", operations: sizes.calls, rounds: sizes.rounds, warmup: sizes.warmup) {
                _ = try await s3.putObject(Bucket: bucket, Key: "k/obj", Body: .blob(body))
            })
        }
        if sizes.includes("s3_client_list_objects_v2_1000_keys") {
            rows.append(try await measure("s3_client_list_objects_v2_1000_keys", operations: sizes.listCalls, rounds: sizes.rounds,
                                      warmup: min(5, sizes.warmup)) {
                let output = try await s3.listObjectsV2(Bucket: bucket)
                guard output["Contents"]?.array?.count == CannedResponses.keysPerPage, output["IsTruncated"]?.bool == true else {
                    throw Failure(description: "ListObjectsV2 did not parse 1000 keys and IsTruncated")
                }
            })
        }
        if sizes.includes("sqs_client_send_message") {
            rows.append(try await measure("sqs_client_send_message", operations: sizes.calls, rounds: sizes.rounds,
                                          warmup: sizes.warmup) {
                _ = try await sqs.sendMessage(QueueUrl: queueURL, MessageBody: message)
            })
        }
        rows += try await resourceRows(sizes, session: session)
        let consumed = transport.consumedSoFar
        let putRows = ["s3_client_put_object_1KiB", "s3_resource_bucket_put_object_1KiB"].filter(sizes.includes).count
        let puts = 2 + putRows * (sizes.warmup + sizes.calls * sizes.rounds)
        guard consumed.bytes >= puts * body.count else {
            throw Failure(description: "the transport read \(consumed.bytes) body bytes, expected at least \(puts * body.count)")
        }
        return rows
    }

    /// One call of each kind with its output checked, before anything is timed.
    private static func checkOnce(s3: Client, sqs: Client, transport: CannedTransport) async throws {
        func expectRequest(_ prefix: String, containing part: String = "") throws {
            let sent = transport.consumedSoFar.lastRequest
            guard sent.hasPrefix(prefix), part.isEmpty || sent.contains(part) else {
                throw Failure(description: "sent \(sent), expected \(prefix)…\(part)")
            }
        }
        let put = try await s3.putObject(Bucket: .string(CannedResponses.bucket), Key: "k/obj", Body: .blob(CannedResponses.body1KiB))
        guard put["ETag"]?.string == "\"f1c9645dbc14efddc7d8a322685f26eb\"" else {
            throw Failure(description: "PutObject output has no ETag: \(put)")
        }
        try expectRequest("PUT https://bench-bucket.s3.amazonaws.com/k/obj")
        let sent = try await sqs.sendMessage(QueueUrl: .string(CannedResponses.queueURL), MessageBody: .string(CannedResponses.messageBody))
        guard sent["MD5OfMessageBody"]?.string == CannedResponses.messageMD5 else {
            throw Failure(description: "SendMessage output has no matching MD5OfMessageBody: \(sent)")
        }
        try expectRequest("POST https://sqs.us-east-1.amazonaws.com/")
        let listed = try await s3.listObjectsV2(Bucket: .string(CannedResponses.bucket))
        try expectRequest("GET https://bench-bucket.s3.amazonaws.com", containing: "list-type=2")
        guard let first = listed["Contents"]?[0], first["Key"]?.string == "key-000000", first["LastModified"]?.date != nil,
              first["Size"]?.int == 1024 else {
            throw Failure(description: "ListObjectsV2 output does not match the canned page")
        }
    }
}

/// An interceptor that implements no stage: what the pipeline itself costs per interceptor.
struct NoOpInterceptor: ClientInterceptor {}

/// A log handler that drops every line: what building the debug lines costs.
struct NullLogHandler: LogHandler {
    func log(level: LogLevel, message: String) {}
}
