import Foundation

/// The digest SQS returns as `MD5OfMessageAttributes` / `MD5OfMessageSystemAttributes`, computed
/// the way the service and the AWS SDKs that verify it (Java, .NET, Go) do.
///
/// Attributes are taken in ascending order of name (byte order of UTF-8). For each, the MD5 is fed
/// the name and the `DataType`, each as a 4-byte big-endian length then its UTF-8 bytes; then one
/// byte for the value's transport type (1 `StringValue`, 2 `BinaryValue`, 3 `StringListValues`,
/// 4 `BinaryListValues`) and the value(s), each length-prefixed the same way.
enum SQSMessageAttributesMD5 {
    /// The lowercase hex MD5 of `attributes` (name → `{DataType, StringValue | BinaryValue | ...}`).
    static func digest(of attributes: [String: Document]) -> String {
        var md5 = MD5()
        for name in attributes.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let value = attributes[name] ?? .null
            append(Data(name.utf8), to: &md5)
            append(Data((value["DataType"]?.string ?? "").utf8), to: &md5)
            if let string = value["StringValue"], let bytes = bytes(of: string) {
                md5.update(data: [1] as [UInt8])
                append(bytes, to: &md5)
            } else if let binary = value["BinaryValue"], let bytes = bytes(of: binary) {
                md5.update(data: [2] as [UInt8])
                append(bytes, to: &md5)
            } else if let strings = value["StringListValues"]?.array, !strings.isEmpty {
                md5.update(data: [3] as [UInt8])
                for item in strings { append(bytes(of: item) ?? Data(), to: &md5) }
            } else if let blobs = value["BinaryListValues"]?.array, !blobs.isEmpty {
                md5.update(data: [4] as [UInt8])
                for item in blobs { append(bytes(of: item) ?? Data(), to: &md5) }
            }
        }
        return md5.finalize().hexString
    }

    /// The lowercase hex MD5 of a message body's UTF-8 bytes (`MD5OfMessageBody`, `MD5OfBody`).
    static func digest(ofBody body: String) -> String { MD5.hash(string: body).hexString }

    private static func bytes(of value: Document) -> Data? {
        switch value {
        case .string(let text): return Data(text.utf8)
        case .blob(let data): return data
        default: return nil
        }
    }

    private static func append(_ bytes: Data, to md5: inout MD5) {
        let length = UInt32(truncatingIfNeeded: bytes.count)
        md5.update(data: [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)])
        md5.update(data: bytes)
    }
}
