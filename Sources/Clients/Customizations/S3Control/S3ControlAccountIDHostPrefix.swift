/// Leaves out the `{AccountId}.` host prefix S3 Control operations model, as botocore's
/// `remove_accid_host_prefix_from_model`: their endpoint rules (`RequiresAccountId`) already put
/// the account id in the host, and both would send `123456789012.123456789012.s3-control...`.
struct S3ControlAccountIDHostPrefix: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.hostPrefix == "{AccountId}.", operation.staticContextParams["RequiresAccountId"]?.bool == true else { return }
        request.hostPrefix = nil
    }
}
