/// Expands a REST request URI template (`/{Bucket}/{Key+}?uploads`), as botocore's
/// `_render_uri_template`: `{Label}` values are percent-encoded entirely (`/` too), greedy
/// `{Label+}` values keep their `/`.
package enum RestURITemplate {
    /// The template with every label replaced by its encoded value from `labels`.
    /// Throws when a label has no value.
    package static func expand(_ template: String, labels: [String: String], operation: String) throws -> String {
        try expand(template, labels: labels.map { (name: $0.key, value: $0.value) }, operation: operation)
    }

    /// The template with every label replaced by its encoded value: the last of `labels` with the
    /// label's name. Written in one pass into one buffer sized for the worst case.
    package static func expand(_ template: String, labels: [(name: String, value: String)], operation: String) throws -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var capacity = template.utf8.count
        for label in labels { capacity += 3 * label.value.utf8.count }
        return try PercentEncoding.withBytes(of: template) { bytes in
            try String(unsafeUninitializedCapacity: capacity) { out in
                var count = 0
                var position = 0
                while position < bytes.count {
                    let byte = bytes[position]
                    guard byte == UInt8(ascii: "{"),
                          let close = bytes[position...].firstIndex(of: UInt8(ascii: "}")) else {
                        out[count] = byte
                        count += 1
                        position += 1
                        continue
                    }
                    let greedy = close > position + 1 && bytes[close - 1] == UInt8(ascii: "+")
                    let name = UnsafeBufferPointer(rebasing: bytes[(position + 1)..<(greedy ? close - 1 : close)])
                    guard let index = labels.lastIndex(where: { label in
                        PercentEncoding.withBytes(of: label.name) { sameBytes($0, name) }
                    }) else {
                        throw ProtocolError(.serialization, "\(operation) needs the URI parameter \(String(decoding: name, as: UTF8.self)) "
                                                + "for its path \(template); pass it")
                    }
                    PercentEncoding.withBytes(of: labels[index].value) { value in
                        PercentEncoding.encode(value, keepSlash: greedy, into: out, at: &count)
                    }
                    position = close + 1
                }
                return count
            }
        }
    }

    private static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }
}
