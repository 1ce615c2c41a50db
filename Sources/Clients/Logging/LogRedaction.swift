import Foundation

/// Removes secrets from what the SDK logs: credential headers, signatures and security tokens
/// in URLs, SSE-C keys, and credentials in bodies (STS, SSO and container responses).
package enum LogRedaction {
    /// What a secret is replaced with.
    package static let marker = "<redacted>"

    /// Headers whose values are secrets (lowercased).
    static let secretHeaders: Set<String> = [
        "authorization", "proxy-authorization", "x-amz-security-token", "x-amz-server-side-encryption-customer-key",
        "x-amz-copy-source-server-side-encryption-customer-key", "x-amz-sso_bearer_token",
    ]

    /// Query parameters of presigned URLs whose values are secrets (lowercased).
    static let secretQueryItems: Set<String> = ["x-amz-signature", "x-amz-security-token", "x-amz-credential", "signature",
                                                "awsaccesskeyid"]

    /// Members whose values are secrets wherever they appear in a body (XML, JSON, query forms).
    static let secretFields = ["SecretAccessKey", "SessionToken", "secretAccessKey", "sessionToken", "SSECustomerKey",
                               "CopySourceSSECustomerKey", "Token", "accessToken", "Password", "password"]

    /// A header's value as logged.
    package static func header(name: String, value: String) -> String {
        secretHeaders.contains(name.lowercased()) ? marker : value
    }

    /// Headers as logged, one `name: value` per line.
    package static func headers(_ headers: HTTPHeaders) -> String {
        headers.fields.map { "\($0.name): \(header(name: $0.name, value: $0.value))" }.joined(separator: "\n")
    }

    /// A URL as logged: presigned signatures, credentials and tokens in its query redacted.
    package static func url(_ url: URL) -> String {
        let text = url.absoluteString
        guard let question = text.firstIndex(of: "?") else { return text }
        let query = text[text.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false).map { item -> String in
            let name = item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return secretQueryItems.contains(name.lowercased()) ? "\(name)=\(marker)" : String(item)
        }
        return text[...question] + query.joined(separator: "&")
    }

    /// A body as logged: at most `limit` bytes of text with secret fields redacted; binary
    /// bodies as their size.
    package static func body(_ data: Data, limit: Int = 2048) -> String {
        if data.isEmpty { return "(empty)" }
        let head = data.prefix(limit)
        guard let text = String(data: head, encoding: .utf8) else { return "(\(data.count) bytes of binary data)" }
        let suffix = data.count > limit ? "… (\(data.count) bytes, first \(limit) shown)" : ""
        return self.text(text) + suffix
    }

    /// `text` with the values of secret fields redacted: `<Field>…</Field>`, `"Field": "…"`, `Field=…`.
    package static func text(_ text: String) -> String {
        var result = text
        for field in secretFields where result.contains(field) {
            result = replacing(in: result, after: "<\(field)>", upTo: "<")
            result = replacingJSON(in: result, field: field)
            result = replacing(in: result, after: "\(field)=", upTo: "&")
        }
        return result
    }

    /// Replaces what follows each `opener` up to `terminator` (or the end) with the marker.
    private static func replacing(in text: String, after opener: String, upTo terminator: Character) -> String {
        var output = "", rest = Substring(text)
        while let range = rest.range(of: opener) {
            output += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let end = rest.firstIndex(of: terminator) ?? rest.endIndex
            if end > rest.startIndex { output += marker }
            rest = rest[end...]
        }
        return output + rest
    }

    /// Replaces the string value of `"field": "…"` with the marker.
    private static func replacingJSON(in text: String, field: String) -> String {
        var output = "", rest = Substring(text)
        let key = "\"\(field)\""
        while let range = rest.range(of: key) {
            output += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            var index = rest.startIndex
            while index < rest.endIndex, rest[index] == " " || rest[index] == ":" { index = rest.index(after: index) }
            guard index < rest.endIndex, rest[index] == "\"", index > rest.startIndex else { continue }
            output += rest[rest.startIndex...index]
            var end = rest.index(after: index)
            while end < rest.endIndex, rest[end] != "\"" {
                end = rest[end] == "\\" && rest.index(after: end) < rest.endIndex ? rest.index(end, offsetBy: 2) : rest.index(after: end)
            }
            output += marker
            rest = rest[end...]
        }
        return output + rest
    }
}
