/// Sends `x-amz-api-version` on endpoint-discovery operations (`endpointoperation`, such as
/// DynamoDB's DescribeEndpoints), as botocore's `inject_api_version_header_if_needed`.
struct EndpointDiscoveryAPIVersionHeader: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.definition["endpointoperation"]?.bool == true else { return }
        request.headers["x-amz-api-version"] = context.model.metadata.apiVersion
    }
}
