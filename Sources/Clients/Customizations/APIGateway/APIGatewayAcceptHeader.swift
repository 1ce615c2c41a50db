/// Asks API Gateway for JSON (`Accept: application/json`) unless the caller set an `Accept`
/// header, as botocore's `add_accept_header`: without it the service may answer in HAL
/// (`application/hal+json`), which the parser does not read. Sent calls only: botocore adds it
/// in `before-call`, so a presigned URL does not sign it.
struct APIGatewayAcceptHeader: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard !context.isPresigning, request.headers["Accept"] == nil else { return }
        request.headers["Accept"] = "application/json"
    }
}
