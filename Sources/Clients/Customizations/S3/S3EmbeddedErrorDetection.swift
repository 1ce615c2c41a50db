import Foundation

/// Treats a `200 OK` whose body is an `<Error>` document, or a truncated XML body, as a `500`,
/// so the error path and the retries run, as botocore's `_handle_200_error`: S3 answers
/// CopyObject, UploadPartCopy, CompleteMultipartUpload (and other long-running calls) with a 200
/// before it knows the outcome, and reports a failure in the body.
///
/// Operations whose output is a blob or string payload (GetObject's body could be any bytes) or
/// an event stream, and operations without output, are left alone, as in botocore. Instead of
/// parsing the whole body twice, the root element's name is read and the body must end with its
/// closing tag.
struct S3EmbeddedErrorDetection: ServiceCustomization {
    func inspectResponse(_ response: inout HTTPResponse, operation: OperationModel, context: CustomizationContext) throws {
        guard response.statusCode == 200, !response.body.isEmpty, Self.appliesTo(operation) else { return }
        if Self.looksLikeError(response.body) { response.statusCode = 500 }
    }

    static func appliesTo(_ operation: OperationModel) -> Bool {
        guard let output = operation.output, operation.eventStreamOutput == nil else { return false }
        if let payload = output.payload, let member = output.member(payload), member.type == .blob || member.type == .string {
            return false
        }
        return true
    }

    /// Whether `body` is an `<Error>` document or not a complete XML document.
    static func looksLikeError(_ body: Data) -> Bool {
        body.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let root = rootElementName(bytes) else { return true }
            if root.name == "Error" { return true }
            return !endsWithClosingTag(bytes, name: root.name, selfClosed: root.selfClosed)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The first element's name, after the XML declaration, comments, processing instructions and doctype.
    private static func rootElementName(_ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, selfClosed: Bool)? {
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count {
            if isSpace(bytes[index]) { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else { return nil }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Declarations, comments and doctypes: skip to the next '>' (enough to find the root;
                // a '>' inside a comment only makes us misread a body S3 never sends).
                guard let close = (index..<bytes.count).first(where: { bytes[$0] == UInt8(ascii: ">") }) else { return nil }
                index = close + 1
                continue
            }
            var end = index + 1
            while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "/") {
                end += 1
            }
            guard end > index + 1, end < bytes.count else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
            guard let close = (end..<bytes.count).first(where: { bytes[$0] == UInt8(ascii: ">") }) else { return nil }
            return (name, bytes[close - 1] == UInt8(ascii: "/"))
        }
        return nil
    }

    /// Whether the body, trailing whitespace aside, ends with `</name>` (or the root closed itself).
    private static func endsWithClosingTag(_ bytes: UnsafeBufferPointer<UInt8>, name: String, selfClosed: Bool) -> Bool {
        var end = bytes.count
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: ">") else { return false }
        if selfClosed { return true }
        var gt = end - 1
        while gt > 0, isSpace(bytes[gt - 1]) { gt -= 1 }  // `</Name >` is allowed
        var closing = Array("</".utf8)
        closing.append(contentsOf: name.utf8)
        let start = gt - closing.count
        guard start >= 0 else { return false }
        return closing.indices.allSatisfy { bytes[start + $0] == closing[$0] }
    }
}
