import Foundation

/// The SSO token cache the AWS CLI writes at `aws sso login` (botocore's `SSOTokenLoader` over a
/// `JSONFileCache`): `~/.aws/sso/cache/<sha1>.json`, keyed by the SHA-1 of the `sso-session` name,
/// or of the start URL for a legacy profile.
struct SSOTokenCache: Sendable, Hashable {
    let files: JSONFileCache

    /// The cache under `home` (`<home>/.aws/sso/cache`).
    init(home: String) {
        files = JSONFileCache(directory: (home.hasSuffix("/") ? home : home + "/") + ".aws/sso/cache")
    }

    init(directory: String) { files = JSONFileCache(directory: directory) }

    /// The cache key: the hex SHA-1 of the session name, else of the start URL.
    static func key(startURL: String, sessionName: String?) -> String {
        SHA1.hash(string: sessionName ?? startURL).hexString
    }

    /// The file a token lives in.
    func path(startURL: String, sessionName: String?) -> String {
        files.path(forKey: Self.key(startURL: startURL, sessionName: sessionName))
    }

    /// The cached token, which must have `accessToken` and `expiresAt`; errors in botocore's
    /// wording (`Token for NAME does not exist`, `Token for URL is invalid`) followed by `hint`.
    func load(startURL: String, sessionName: String?, hint: String) throws(CredentialsError) -> JSONObject {
        let name = sessionName ?? startURL
        switch files.load(Self.key(startURL: startURL, sessionName: sessionName)) {
        case nil:
            throw CredentialsError(.loginRequired, provider: "sso", "Error loading SSO Token: Token for \(name) does not exist. \(hint)")
        case .failure(let failure)?:
            let problem = failure == .unreadable ? "cannot be read (check its permissions)" : "is not a JSON object"
            throw CredentialsError(.loginRequired, provider: "sso",
                "Error loading SSO Token: the cached token for \(name) (\(path(startURL: startURL, sessionName: sessionName))) "
                + "\(problem). \(hint)")
        case .success(let token)?:
            guard token["accessToken"]?.string != nil, token["expiresAt"]?.string != nil else {
                throw CredentialsError(.loginRequired, provider: "sso", "Error loading SSO Token: Token for \(startURL) is invalid. \(hint)")
            }
            return token
        }
    }

    /// Writes `token` where `load` finds it.
    func save(_ token: JSONObject, startURL: String, sessionName: String?) throws {
        try files.save(token, forKey: Self.key(startURL: startURL, sessionName: sessionName))
    }

    /// `Run aws sso login --profile NAME to sign in again.`
    static func loginHint(profile: String) -> String {
        "Run `aws sso login --profile \(profile)` to sign in again."
    }
}
