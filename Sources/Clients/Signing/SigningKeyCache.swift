import Synchronization

/// The derived SigV4 signing key of the last date used: deriving it costs four HMACs, and one
/// signer signs many requests on the same day.
final class SigningKeyCache: Sendable {
    private let entry = Mutex<(dateStamp: String, key: [UInt8])?>(nil)

    /// The key for `dateStamp` (`yyyyMMdd`), derived on the first use of each date.
    func key(dateStamp: String, derive: (String) -> [UInt8]) -> [UInt8] {
        if let cached = entry.withLock({ $0 }), cached.dateStamp == dateStamp { return cached.key }
        let key = derive(dateStamp)
        entry.withLock { $0 = (dateStamp, key) }
        return key
    }
}
