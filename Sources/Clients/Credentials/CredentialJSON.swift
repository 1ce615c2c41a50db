import Foundation

/// Reads the JSON credential documents of `credential_process`, container endpoints and the
/// instance metadata service. Error messages name missing keys, never values.
struct CredentialJSON {
    let object: JSONObject

    /// Parses `data` as a JSON object.
    init(_ data: Data, provider: String, what: String) throws {
        guard let object = (try? JSONValue.parse(data))?.object else {
            throw CredentialsError(.retrievalFailed, provider: provider, "\(what) is not a JSON object.")
        }
        self.object = object
    }

    func string(_ key: String) -> String? { object[key]?.string }

    func required(_ key: String, provider: String) throws -> String {
        guard let value = object[key]?.string, !value.isEmpty else {
            throw CredentialsError(.retrievalFailed, provider: provider, "Missing required key in response: '\(key)'")
        }
        return value
    }

    func expiration(_ key: String, provider: String) throws -> Date? {
        guard let text = object[key]?.string else { return nil }
        guard let date = TimestampFormat.parse(text) else {
            throw CredentialsError(.retrievalFailed, provider: provider, "'\(key)' is not a timestamp (\(text)).")
        }
        return date
    }
}
