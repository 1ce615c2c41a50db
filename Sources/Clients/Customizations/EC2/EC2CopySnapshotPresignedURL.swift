/// Adds the presigned URL and destination region EC2 requires to copy a snapshot across regions,
/// as botocore's `inject_presigned_url_ec2`: `PresignedUrl` is `CopySnapshot` itself presigned for
/// `SourceRegion` (see `CrossRegionPresignedURL`), and `DestinationRegion` is the client's region.
/// A caller's own `PresignedUrl` is sent as it is, with nothing added.
///
/// Sent calls only (botocore's `before-call`): a presigned `CopySnapshot` URL gets neither.
struct EC2CopySnapshotPresignedURL: ServiceCustomization {
    func prepareCall(_ request: inout HTTPRequest, params: Document, operation: OperationModel,
                     context: CustomizationContext) async throws {
        guard operation.name == "CopySnapshot", let data = request.body.inMemoryData else { return }
        var body = FormBody(data)
        guard body["PresignedUrl"] == nil, let source = body["SourceRegion"] else { return }
        let destination = context.configuration.region ?? "us-east-1"
        body["PresignedUrl"] = try await CrossRegionPresignedURL.make(for: request, parameters: body, sourceRegion: source,
                                                                     destinationRegion: destination, operation: operation,
                                                                     context: context)
        body["DestinationRegion"] = destination
        request.body = .data(body.data)
    }
}
