/// Adds the `x-amz-content-sha256` and `x-amz-sha256-tree-hash` headers Glacier requires on
/// UploadArchive and UploadMultipartPart, computed over the body, unless the caller gave them
/// (`checksum` sets the tree hash), as botocore's `add_glacier_checksums`. Sent calls only
/// (botocore's `before-call`).
struct GlacierBodyChecksums: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard !context.isPresigning, operation.name == "UploadArchive" || operation.name == "UploadMultipartPart" else { return }
        if !request.headers.contains("x-amz-content-sha256") {
            request.headers["x-amz-content-sha256"] = SHA256.hash(data: request.body).hexString
        }
        if !request.headers.contains("x-amz-sha256-tree-hash") {
            request.headers["x-amz-sha256-tree-hash"] = GlacierTreeHash.hexDigest(of: request.body)
        }
    }
}
