/// Expands a REST request URI template (`/{Bucket}/{Key+}?uploads`), as botocore's
/// `_render_uri_template`: `{Label}` values are percent-encoded entirely (`/` too), greedy
/// `{Label+}` values keep their `/`.
package enum RestURITemplate {
    /// The template with every label replaced by its encoded value from `labels`.
    /// Throws when a label has no value.
    package static func expand(_ template: String, labels: [String: String], operation: String) throws -> String {
        // Braces are ASCII: search the UTF-8 bytes (their indices are valid `String.Index`es)
        // rather than Characters.
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(bytes.count + 32)
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
            result += template[rest..<open]
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else {
                result += template[open...]
                return result
            }
            var name = template[bytes.index(after: open)..<close]
            let greedy = name.utf8.last == UInt8(ascii: "+")
            if greedy { name = name.dropLast() }
            guard let value = labels[String(name)] else {
                throw ProtocolError(.serialization,
                                    "\(operation) needs the URI parameter \(name) for its path \(template); pass it")
            }
            result += greedy ? PercentEncoding.encode(value, safe: "/~") : PercentEncoding.encode(value)
            rest = bytes.index(after: close)
        }
        result += template[rest...]
        return result
    }
}
