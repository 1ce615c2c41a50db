/// Removes the leading `/{Bucket}` from S3 request paths: the endpoint rule set already puts the
/// bucket in the URL (in the host for virtual-hosted style, in the path for path style), as
/// botocore's `remove_bucket_from_url_paths_from_model` does.
struct S3BucketPathRemoval: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.requestURI.hasPrefix("/{Bucket}"), let bucket = params["Bucket"]?.string else { return }
        let prefix = "/" + PercentEncoding.encode(bucket)
        guard request.path.hasPrefix(prefix) else { return }
        let rest = request.path.dropFirst(prefix.count)
        request.path = String(rest)
    }
}
