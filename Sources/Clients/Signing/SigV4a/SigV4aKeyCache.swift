import Synchronization

/// The SigV4a private key of the last credentials used: a client signs many requests with the
/// same credentials, and the key does not depend on the region set, service or date.
final class SigV4aKeyCache: Sendable {
    private struct Entry {
        var accessKeyID: String
        var secretAccessKey: String
        var key: P256PrivateKey
    }

    private let entry = Mutex<Entry?>(nil)

    /// The key of `credentials`, derived on first use and again whenever the access key pair changes.
    func key(for credentials: Credentials) throws(SigningError) -> P256PrivateKey {
        if let cached = entry.withLock({ $0 }), cached.accessKeyID == credentials.accessKeyID,
           cached.secretAccessKey == credentials.secretAccessKey {
            return cached.key
        }
        let key = try SigV4aKeyDerivation.privateKey(accessKeyID: credentials.accessKeyID,
                                                     secretAccessKey: credentials.secretAccessKey)
        entry.withLock { $0 = Entry(accessKeyID: credentials.accessKeyID, secretAccessKey: credentials.secretAccessKey, key: key) }
        return key
    }
}
