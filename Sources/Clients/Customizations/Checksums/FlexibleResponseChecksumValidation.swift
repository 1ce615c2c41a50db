import Foundation

/// Verifies the body of a response against the service's `x-amz-checksum-*` header when the call
/// asked for it (the trait's `requestValidationModeMember`, S3 GetObject's `ChecksumMode`), as
/// botocore's `handle_checksum_body`: the first algorithm in botocore's priority order that the
/// operation lists and the response carries is checked; composite checksums of multipart objects
/// (`...-3`) are not checksums of the body and are passed over. A mismatch throws
/// `ResponseChecksumError` (botocore's `FlexibleChecksumError`).
struct FlexibleResponseChecksumValidation: ServiceCustomization {
    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        guard let trait = operation.httpChecksum, let member = trait.requestValidationModeMember,
              let mode = params[member], !mode.isNull else { return }
        let listed = Set(trait.responseAlgorithms.map { $0.lowercased() })
        for algorithm in ChecksumAlgorithm.responsePriority where listed.contains(algorithm.rawValue) {
            guard let expected = response.headers[algorithm.headerName], !expected.contains("-") else { continue }
            let actual = algorithm.digest(of: response.body)
            if Data(base64Encoded: expected) != actual.data {
                throw ResponseChecksumError(checksum: algorithm.headerName, expected: expected, actual: actual.base64String)
            }
            return
        }
    }
}
