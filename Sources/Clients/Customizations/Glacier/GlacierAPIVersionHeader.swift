/// Sends `x-amz-glacier-version` with the model's API version on every Glacier request, which
/// the service requires (botocore's `add_glacier_version`). Sent calls only: botocore adds it in
/// `before-call`, so a presigned URL does not sign it.
struct GlacierAPIVersionHeader: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard !context.isPresigning else { return }
        request.headers["x-amz-glacier-version"] = context.model.metadata.apiVersion
    }
}
