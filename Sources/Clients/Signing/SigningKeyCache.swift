import Synchronization

/// What a signer derives once per date and reuses for every request signed that day.
final class SigningDay: Sendable {
    /// `yyyyMMdd`.
    let dateStamp: String
    /// `20150830/us-east-1/service/aws4_request`.
    let scope: String
    /// `AWS4-HMAC-SHA256 Credential=AKID/<scope>, SignedHeaders=`, the start of every `Authorization`.
    let authorizationPrefix: String
    /// The HMAC keyed with the day's signing key: copy it and feed the string to sign.
    let mac: HMAC<SHA256>

    init(dateStamp: String, scope: String, authorizationPrefix: String, mac: HMAC<SHA256>) {
        self.dateStamp = dateStamp
        self.scope = scope
        self.authorizationPrefix = authorizationPrefix
        self.mac = mac
    }
}

/// The `SigningDay` of the last date used: deriving the key costs four HMACs, and starting an
/// HMAC with it costs two more compressions (the padded key blocks), while one signer signs many
/// requests on the same day.
final class SigningKeyCache: Sendable {
    private let entry = Mutex<SigningDay?>(nil)

    /// The day of `timestamp` (`yyyyMMddTHHmmssZ`), made by `make(dateStamp)` on the first use of
    /// each date.
    func day(timestamp: String, make: (String) -> SigningDay) -> SigningDay {
        if let cached = entry.withLock({ $0 }), timestamp.utf8.starts(with: cached.dateStamp.utf8) { return cached }
        let day = make(String(timestamp.prefix(8)))
        entry.withLock { $0 = day }
        return day
    }
}
