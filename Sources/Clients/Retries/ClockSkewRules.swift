import Foundation

/// When an error response means the request's signing time was off, and by how much: the rule of
/// the AWS SDKs for Java v2, Go v2 and JavaScript v3 (botocore has none).
///
/// `RequestTimeTooSkewed`, `RequestExpired` and `RequestInTheFuture` always mean it. The codes
/// that may also mean a bad signature (`InvalidSignatureException`, `SignatureDoesNotMatch`,
/// `AuthFailure`), and any 401 or 403, mean it when the server's `Date` is at least 4 minutes
/// from the client's clock. The correction is the difference to the server's `Date`.
package enum ClockSkewRules {
    /// Error codes that always mean the request time was skewed.
    package static let definiteCodes: Set<String> = ["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"]
    /// Error codes that mean it when the clocks differ by the threshold.
    package static let possibleCodes: Set<String> = ["InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure"]
    /// Statuses that mean it when the clocks differ by the threshold (a HEAD error has no code).
    package static let possibleStatuses: Set<Int> = [401, 403]
    /// The least difference that counts as skew for the possible codes.
    package static let threshold: TimeInterval = 4 * 60

    /// The offset to add to `clientTime` to match the server (`server Date - client time`), when
    /// the response says the clock is skewed; `nil` otherwise or without a readable `Date`.
    package static func correction(statusCode: Int, errorCode: String?, headers: HTTPHeaders, clientTime: Date) -> TimeInterval? {
        let isDefinite = errorCode.map(definiteCodes.contains) ?? false
        let isPossible = errorCode.map(possibleCodes.contains) ?? false || possibleStatuses.contains(statusCode)
        guard isDefinite || isPossible, let date = headers["Date"], let serverTime = TimestampFormat.parse(date) else { return nil }
        let skew = serverTime.timeIntervalSince(clientTime)
        guard isDefinite || abs(skew) >= threshold else { return nil }
        return skew
    }
}
