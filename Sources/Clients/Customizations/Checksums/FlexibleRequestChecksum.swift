/// Adds the request checksum botocore's `resolve_request_checksum_algorithm` /
/// `apply_request_checksum` decide on:
///
/// - the caller's `ChecksumAlgorithm` (the trait's `requestAlgorithmMember`): CRC32, CRC32C, SHA1 or SHA256;
/// - otherwise CRC32 when the operation requires a checksum (`httpChecksumRequired`,
///   `requestChecksumRequired`), or supports one and `request_checksum_calculation` is
///   `when_supported`; the algorithm member's header (`x-amz-sdk-checksum-algorithm`) then says `CRC32`;
/// - nothing when the caller already sent any `x-amz-checksum-*` header (`ChecksumCRC32`, ...),
///   and nothing for a presigned URL (botocore's presigning resolves no checksum: whoever uses
///   the URL sends the body; a `ChecksumAlgorithm` still signs `x-amz-sdk-checksum-algorithm`).
///
/// Where it goes, as botocore decides: an operation with a streaming input (PutObject,
/// UploadPart) sent over HTTPS, unless the client signs with the legacy `s3` signature, sends it
/// in a trailer: `Content-Encoding: aws-chunked` (after any encoding of the caller's),
/// `X-Amz-Trailer`, `X-Amz-Decoded-Content-Length` and no `Content-Length` here; `ClientRuntime`
/// then frames the final body as an `AWSChunkedBody` (`awsChunkedBody(_:trailer:)`), whose
/// checksum is computed while it is sent, and the signer signs `STREAMING-UNSIGNED-PAYLOAD-TRAILER`.
/// Every other request (plain HTTP, operations without a streaming input) gets an
/// `x-amz-checksum-<algorithm>` header computed over the body here.
struct FlexibleRequestChecksum: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        // botocore's presigning resolves no request checksum at all (`generate_presigned_url` never
        // calls `resolve_checksum_context`): a checksum of the empty body would be signed into the URL.
        if context.isPresigning { return }
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
        } else if required || context.configuration.requestChecksumCalculation == .whenSupported {
            algorithm = .crc32
            if let member = trait?.requestAlgorithmMember, let shape = operation.input?.member(member),
               shape.location == .header, let header = shape.locationName {
                request.headers[header] = "CRC32"
            }
        } else {
            return
        }
        if Self.sendsTrailer(operation: operation, endpoint: endpoint, context: context) {
            let payloadLength = context.fileBody.map(\.contentLength) ?? Int64(request.body.count)
            Self.declareTrailer(algorithm, payloadLength: payloadLength, in: &request.headers)
            return
        }
        let digest = try context.fileBody.map { try algorithm.digest(of: $0) } ?? algorithm.digest(of: request.body)
        request.headers[algorithm.headerName] = digest.base64String
    }

    /// botocore's choice of the trailer: a streaming input, over HTTPS, not signed with `s3`.
    static func sendsTrailer(operation: OperationModel, endpoint: RequestEndpoint, context: CustomizationContext) -> Bool {
        guard operation.streamingInput != nil, context.configuration.signatureVersion?.name != "s3" else { return false }
        return endpoint.url.utf8.count >= 8 && endpoint.url.prefix(8).lowercased() == "https://"
    }

    /// botocore's `_apply_request_trailer_checksum` headers. The decoded length is left out when
    /// a file's size cannot be read (botocore's `determine_content_length` giving `None`).
    static func declareTrailer(_ algorithm: ChecksumAlgorithm, payloadLength: Int64?, in headers: inout HTTPHeaders) {
        if let encoding = headers["Content-Encoding"] {
            headers["Content-Encoding"] = encoding + ",aws-chunked"
        } else {
            headers["Content-Encoding"] = "aws-chunked"
        }
        headers["X-Amz-Trailer"] = algorithm.headerName
        let declared = headers["Content-Length"].flatMap { Int64($0) }
        if let length = payloadLength ?? declared { headers["X-Amz-Decoded-Content-Length"] = String(length) }
        headers["Content-Length"] = nil
    }

    /// `payload` framed as aws-chunked with the checksum `trailer` (`x-amz-checksum-crc32`, as
    /// `declareTrailer` named it) computed as it is sent; `nil` for a name this SDK does not compute.
    static func awsChunkedBody(_ payload: HTTPBody, trailer: String) -> HTTPBody? {
        guard let algorithm = ChecksumAlgorithm(headerName: trailer) else { return nil }
        return .awsChunked(AWSChunkedBody(payload: payload, trailerName: algorithm.headerName, makeHasher: { algorithm.makeHasher() }))
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
