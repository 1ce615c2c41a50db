/// Turns `SourceRegion` into the presigned URL RDS, Neptune and DocumentDB need to copy or
/// replicate across regions, as botocore's `inject_presigned_url_rds`: `SourceRegion` is not a
/// parameter of the service (the SDK adds it to the model), so it is taken out of the request and,
/// unless the caller gave `PreSignedUrl`, replaced by the call presigned for that region (see
/// `CrossRegionPresignedURL`). Without `SourceRegion` the call is a same-region one and is sent
/// as it is.
///
/// Sent calls only (botocore's `before-call`): a presigned URL of these operations keeps `SourceRegion`.
struct RDSPresignedURL: ServiceCustomization {
    /// The operations that take `SourceRegion`.
    let operations: Set<String>

    /// RDS's operations.
    static let rds = RDSPresignedURL(operations: ["CopyDBClusterSnapshot", "CreateDBCluster", "CopyDBSnapshot",
                                                  "CreateDBInstanceReadReplica", "StartDBInstanceAutomatedBackupsReplication"])
    /// Neptune's and DocumentDB's operations.
    static let clusters = RDSPresignedURL(operations: ["CopyDBClusterSnapshot", "CreateDBCluster"])

    func prepareCall(_ request: inout HTTPRequest, params: Document, operation: OperationModel,
                     context: CustomizationContext) async throws {
        guard operations.contains(operation.name), let data = request.body.inMemoryData else { return }
        var body = FormBody(data)
        guard let source = body["SourceRegion"] else { return }
        body["SourceRegion"] = nil
        if body["PreSignedUrl"] == nil {
            body["PreSignedUrl"] = try await CrossRegionPresignedURL.make(for: request, parameters: body, sourceRegion: source,
                                                                         destinationRegion: context.configuration.region ?? "us-east-1",
                                                                         operation: operation, context: context)
        }
        request.body = .data(body.data)
    }
}
