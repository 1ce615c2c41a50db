/// Sends `x-amz-api-version` on endpoint-discovery operations (`endpointoperation`, such as
/// DynamoDB's DescribeEndpoints), as botocore's `inject_api_version_header_if_needed`. Sent calls
/// only: botocore adds it in `before-call`, so a presigned URL does not sign it.
struct EndpointDiscoveryAPIVersionHeader: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard !context.isPresigning, operation.definition["endpointoperation"]?.bool == true else { return }
        request.headers["x-amz-api-version"] = context.model.metadata.apiVersion
    }
}
