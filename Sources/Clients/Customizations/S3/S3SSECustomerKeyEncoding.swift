import Foundation

/// Base64-encodes an SSE-C key given as raw bytes or text and adds its base64 MD5, as botocore's
/// `sse_md5` / `copy_source_sse_md5`: `SSECustomerKey` → `SSECustomerKey` + `SSECustomerKeyMD5`,
/// and the same for `CopySourceSSECustomerKey` on CopyObject and UploadPartCopy. Nothing is done
/// when the caller already gave the MD5 (the key is then taken as already encoded).
struct S3SSECustomerKeyEncoding: ServiceCustomization {
    private static let operations: Set<String> = [
        "HeadObject", "GetObject", "PutObject", "CopyObject", "CreateMultipartUpload", "UploadPart",
        "UploadPartCopy", "CompleteMultipartUpload", "SelectObjectContent",
    ]
    private static let copySourceOperations: Set<String> = ["CopyObject", "UploadPartCopy"]

    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard Self.operations.contains(operation.name), case .map(var entries) = params else { return }
        var changed = Self.encode(&entries, keyMember: "SSECustomerKey", md5Member: "SSECustomerKeyMD5")
        if Self.copySourceOperations.contains(operation.name) {
            changed = Self.encode(&entries, keyMember: "CopySourceSSECustomerKey", md5Member: "CopySourceSSECustomerKeyMD5")
                || changed
        }
        if changed { params = .map(entries) }
    }

    private static func encode(_ entries: inout [String: Document], keyMember: String, md5Member: String) -> Bool {
        guard entries[md5Member] == nil, let key = entries[keyMember] else { return false }
        let bytes: Data
        switch key {
        case .blob(let data): bytes = data
        case .string(let text): bytes = Data(text.utf8)
        default: return false  // null or a wrong type: left to validation
        }
        entries[keyMember] = .string(bytes.base64EncodedString())
        entries[md5Member] = .string(MD5.hash(data: bytes).base64String)
        return true
    }
}
