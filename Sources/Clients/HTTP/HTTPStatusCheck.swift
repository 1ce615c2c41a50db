/// Rejects a response whose status no HTTP server sends as a final answer: below 200 (0, negative,
/// an informational 1xx) or beyond three digits. Such a response is a broken exchange, reported as
/// `HTTPTransportError` `.connectionClosed` (botocore's `ConnectionClosedError` for a bad status
/// line), and retried as one; it is never taken for a success.
enum HTTPStatusCheck {
    /// The statuses a final response may carry: 2xx successes, 3xx to 5xx errors, and the
    /// remaining three-digit codes, which botocore also parses as errors.
    static let finalStatuses = 200...999

    /// Throws when `status` is not a final status.
    static func validate(_ status: Int, url: String) throws(HTTPTransportError) {
        guard finalStatuses.contains(status) else {
            throw HTTPTransportError(.connectionClosed, url: url,
                                     underlying: "the response's status \(status) is not a final HTTP status (200 to 999)")
        }
    }
}
