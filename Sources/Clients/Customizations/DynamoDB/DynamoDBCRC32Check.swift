import Foundation

/// Checks DynamoDB's `x-amz-crc32` header (the CRC-32 of the body, in decimal) against the body
/// received, as botocore's retry checker for DynamoDB does. A mismatch throws a retryable
/// `ResponseChecksumError`, so the client retries the call like botocore (a response truncated
/// or corrupted by a proxy is common enough for DynamoDB to have made this a header).
struct DynamoDBCRC32Check: ServiceCustomization {
    func inspectResponse(_ response: inout HTTPResponse, operation: OperationModel, context: CustomizationContext) throws {
        guard let expected = response.headers["x-amz-crc32"] else { return }
        let actual = CRC32.hash(data: response.body).bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if UInt32(expected.trimmingCharacters(in: .whitespaces)) != actual {
            throw ResponseChecksumError(checksum: "x-amz-crc32", expected: expected, actual: String(actual), isRetryable: true)
        }
    }
}
