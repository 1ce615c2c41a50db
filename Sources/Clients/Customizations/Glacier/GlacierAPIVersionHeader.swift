/// Sends `x-amz-glacier-version` with the model's API version on every Glacier request, which
/// the service requires (botocore's `add_glacier_version`).
struct GlacierAPIVersionHeader: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        request.headers["x-amz-glacier-version"] = context.model.metadata.apiVersion
    }
}
