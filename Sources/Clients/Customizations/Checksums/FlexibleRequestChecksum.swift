/// Adds an `x-amz-checksum-<algorithm>` header over the request body, as botocore's
/// `resolve_request_checksum_algorithm` / `apply_request_checksum` decide:
///
/// - the caller's `ChecksumAlgorithm` (the trait's `requestAlgorithmMember`): CRC32, CRC32C, SHA1 or SHA256;
/// - otherwise CRC32 when the operation requires a checksum (`httpChecksumRequired`,
///   `requestChecksumRequired`), or supports one and `request_checksum_calculation` is
///   `when_supported`; the algorithm member's header (`x-amz-sdk-checksum-algorithm`) then says `CRC32`;
/// - nothing when the caller already sent any `x-amz-checksum-*` header (`ChecksumCRC32`, ...),
///   and no default checksum for a presigned request (botocore's `is_presign_request`).
///
/// botocore sends streaming bodies (PutObject, UploadPart) over HTTPS as `aws-chunked` with the
/// checksum in a trailer, so it never holds the body; bodies here are already in memory, so the
/// checksum goes in a header, which S3 accepts for every operation (it is what botocore itself
/// sends over plain HTTP).
struct FlexibleRequestChecksum: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        let trait = operation.httpChecksum
        let required = operation.httpChecksumRequired || trait?.requestChecksumRequired == true
        guard required || trait?.requestAlgorithmMember != nil else { return }
        if request.headers.contains(where: { Self.isChecksumHeader($0.name) }) { return }
        let algorithm: ChecksumAlgorithm
        if let member = trait?.requestAlgorithmMember, let requested = params[member], !requested.isNull {
            guard let name = requested.string, let chosen = ChecksumAlgorithm(parameter: name) else {
                throw ParamValidationError(problems: [.init(
                    kind: .invalidValue, path: member,
                    message: "Unsupported checksum algorithm: \(requested.string ?? "\(requested)"). "
                        + "Use one of CRC32, CRC32C, SHA1, SHA256, or leave \(member) out for CRC32.")])
            }
            algorithm = chosen
        } else if context.isPresigning {
            // botocore computes no default checksum for presigned URLs: whoever uses the URL sends the body.
            return
        } else if required || context.configuration.requestChecksumCalculation == .whenSupported {
            algorithm = .crc32
            if let member = trait?.requestAlgorithmMember, let shape = operation.input?.member(member),
               shape.location == .header, let header = shape.locationName {
                request.headers[header] = "CRC32"
            }
        } else {
            return
        }
        let digest = try context.fileBody.map { try algorithm.digest(of: $0) } ?? algorithm.digest(of: request.body)
        request.headers[algorithm.headerName] = digest.base64String
    }

    /// botocore's `^X-Amz-Checksum-([a-z0-9]*)$`, any case.
    static func isChecksumHeader(_ name: String) -> Bool {
        let prefix = "x-amz-checksum-".utf8
        let bytes = name.utf8
        guard bytes.count >= prefix.count,
              zip(bytes, prefix).allSatisfy({ $0 == $1 || ($0 >= 0x41 && $0 <= 0x5A && $0 | 0x20 == $1) }) else { return false }
        return bytes.dropFirst(prefix.count).allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
    }
}
