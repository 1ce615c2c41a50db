import Foundation

/// The cache `aws login` writes (botocore's `LoginTokenLoader` over a `JSONFileCache`):
/// `~/.aws/login/cache/<sha256>.json` (or under `AWS_LOGIN_CACHE_DIRECTORY`), keyed by the
/// SHA-256 of the profile's `login_session`.
struct LoginTokenCache: Sendable, Hashable {
    let files: JSONFileCache

    /// The cache in `directory`.
    init(directory: String) { files = JSONFileCache(directory: directory) }

    /// The folder.
    var directory: String { files.directory }

    /// The cache key: the hex SHA-256 of the session name (botocore's `generate_login_cache_key`).
    static func key(sessionName: String) -> String { SHA256.hash(string: sessionName).hexString }

    /// The file a session lives in.
    func path(sessionName: String) -> String { files.path(forKey: Self.key(sessionName: sessionName)) }

    /// The cached session; `nil` when there is none.
    func load(sessionName: String) throws(CredentialsError) -> JSONObject? {
        switch files.load(Self.key(sessionName: sessionName)) {
        case nil: return nil
        case .success(let token)?: return token
        case .failure?:
            throw LoginCredentialProvider.loadError("the cached login session \(path(sessionName: sessionName)) cannot be read "
                + "or is not a JSON object. Please reauthenticate with 'aws login'.")
        }
    }

    /// Writes `token` where `load` finds it.
    func save(_ token: JSONObject, sessionName: String) throws {
        try files.save(token, forKey: Self.key(sessionName: sessionName))
    }
}
