/// Rejects non-ASCII `Metadata` keys or values (PutObject, CopyObject, CreateMultipartUpload):
/// S3 only takes US-ASCII in `x-amz-meta-*` headers, as botocore's `validate_ascii_metadata` checks.
struct S3MetadataASCIIValidation: ServiceCustomization {
    private static let operations: Set<String> = ["PutObject", "CopyObject", "CreateMultipartUpload"]

    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard Self.operations.contains(operation.name), let metadata = params["Metadata"]?.dictionary else { return }
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            let text = value.string ?? ""
            if !key.utf8.allSatisfy({ $0 < 0x80 }) || !text.utf8.allSatisfy({ $0 < 0x80 }) {
                throw ParamValidationError(problems: [.init(
                    kind: .invalidValue, path: "Metadata.\(key)",
                    message: "Non ascii characters found in S3 metadata for key \"\(key)\", value: \"\(text)\". "
                        + "S3 metadata can only contain ASCII characters (percent- or base64-encode other text).")])
            }
        }
    }
}
