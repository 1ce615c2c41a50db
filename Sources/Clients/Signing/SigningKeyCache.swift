import Synchronization

/// The derived SigV4 signing key of the last date used, kept as a keyed HMAC state: deriving the
/// key costs four HMACs, and starting an HMAC with it costs two more compressions (the padded
/// key blocks), while one signer signs many requests on the same day.
final class SigningKeyCache: Sendable {
    private let entry = Mutex<(dateStamp: String, mac: HMAC<SHA256>)?>(nil)

    /// The HMAC keyed with the signing key for `dateStamp` (`yyyyMMdd`), derived on the first
    /// use of each date; copy it and feed the string to sign.
    func mac(dateStamp: String, derive: (String) -> [UInt8]) -> HMAC<SHA256> {
        if let cached = entry.withLock({ $0 }), cached.dateStamp == dateStamp { return cached.mac }
        let mac = HMAC<SHA256>(key: derive(dateStamp))
        entry.withLock { $0 = (dateStamp, mac) }
        return mac
    }
}
