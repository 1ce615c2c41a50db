import Foundation

/// Builds the `DPoP` header of a sign-in request (RFC 9449, as botocore's `_build_dpop_header`):
/// a JWT of type `dpop+jwt` signed `ES256` with the `aws login` session's P-256 key, whose header
/// carries the public key (`jwk`) and whose payload names the method (`POST`), the request URL,
/// the time and a fresh id.
///
/// `description` never shows the key.
public struct DPoPProof: Sendable, CustomStringConvertible {
    let key: P256SigningKey

    /// A proof signed with `key` (read from the login cache's `dpopKey`).
    package init(key: P256SigningKey) { self.key = key }

    /// The header value for a `POST` to `url` at `issuedAt`, with `id` as `jti` (a new UUID by default).
    public func header(url: String, issuedAt: Date, id: String = UUID().uuidString.lowercased()) -> String {
        let jwk = JSONObject([
            ("kty", .string("EC")), ("x", .string(Self.base64URL(key.publicKeyX))),
            ("y", .string(Self.base64URL(key.publicKeyY))), ("crv", .string("P-256")),
        ])
        let header = JSONObject([("typ", .string("dpop+jwt")), ("alg", .string("ES256")), ("jwk", .object(jwk))])
        let payload = JSONObject([
            ("htm", .string("POST")), ("htu", .string(url)),
            ("iat", .int(Int(issuedAt.timeIntervalSince1970.rounded(.down)))), ("jti", .string(id)),
        ])
        let signingInput = Self.base64URL(Self.compactJSON(header)) + "." + Self.base64URL(Self.compactJSON(payload))
        return signingInput + "." + Self.base64URL(key.signature(for: Data(signingInput.utf8)))
    }

    /// `DPoPProof(<redacted>)`.
    public var description: String { "DPoPProof(<redacted>)" }

    static func compactJSON(_ object: JSONObject) -> [UInt8] {
        var text = ""
        JSONWriter.write(.object(object), to: &text)
        return Array(text.utf8)
    }

    /// Base64url without padding.
    static func base64URL(_ bytes: some Collection<UInt8>) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return String(text.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
    }
}
