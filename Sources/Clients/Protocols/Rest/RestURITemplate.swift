/// Expands a REST request URI template (`/{Bucket}/{Key+}?uploads`), as botocore's
/// `_render_uri_template`: `{Label}` values are percent-encoded entirely (`/` too), greedy
/// `{Label+}` values keep their `/`.
package enum RestURITemplate {
    /// The template with every label replaced by its encoded value from `labels`.
    /// Throws when a label has no value.
    package static func expand(_ template: String, labels: [String: String], operation: String) throws -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                result += rest[open...]
                return result
            }
            var name = rest[rest.index(after: open)..<close]
            let greedy = name.hasSuffix("+")
            if greedy { name = name.dropLast() }
            guard let value = labels[String(name)] else {
                throw ProtocolError(.serialization,
                                    "\(operation) needs the URI parameter \(name) for its path \(template); pass it")
            }
            result += greedy ? PercentEncoding.encode(value, safe: "/~") : PercentEncoding.encode(value)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
