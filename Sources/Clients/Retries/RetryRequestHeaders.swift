import Foundation

/// The headers botocore's `add_retry_headers` puts on every attempt of a call, so the service can
/// tell attempts of one call apart from new calls: `amz-sdk-invocation-id` (one random UUID per
/// call, the same on every attempt) and `amz-sdk-request`.
///
/// `amz-sdk-request` is `attempt=1` on the first attempt; on a retry it is
/// `ttl=<time>; attempt=<n>; max=<max attempts>`, where `ttl` (as botocore computes it) is the
/// `Date` of the last response that was retried plus the read timeout, in `X-Amz-Date` form.
/// `ttl` is left out until a retried response has had a `Date`, and then kept for later attempts.
/// Both headers are added after signing, so they are not signed (as in botocore).
struct RetryRequestHeaders {
    /// The call's invocation id, lowercase as Python's `str(uuid4())`.
    let invocationID = UUID().uuidString.lowercased()
    /// The retry strategy's attempt limit.
    let maxAttempts: Int
    /// The read timeout, in seconds.
    let readTimeout: Double
    private var ttl: String?

    init(maxAttempts: Int, readTimeout: Double) {
        self.maxAttempts = maxAttempts
        self.readTimeout = readTimeout
    }

    /// Adds both headers to the signed `request` of attempt `attempt`; `lastFailure` is the attempt
    /// retried just before (`nil` on the first).
    mutating func add(to request: inout HTTPRequest, attempt: Int, after lastFailure: RetryAttempt?) {
        request.headers["amz-sdk-invocation-id"] = invocationID
        guard attempt > 1 else {
            request.headers["amz-sdk-request"] = "attempt=1"
            return
        }
        if let date = lastFailure?.headers["Date"].flatMap(TimestampParser.parseHTTPDate) {
            ttl = TimestampFormat.amzDate(date.addingTimeInterval(readTimeout))
        }
        let prefix = ttl.map { "ttl=\($0); " } ?? ""
        request.headers["amz-sdk-request"] = prefix + "attempt=\(attempt); max=\(maxAttempts)"
    }
}
