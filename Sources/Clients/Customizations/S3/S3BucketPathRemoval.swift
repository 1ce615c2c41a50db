/// Removes the leading `/{Bucket}` from S3 request paths: the endpoint rule set already puts the
/// bucket in the URL (in the host for virtual-hosted style, in the path for path style), as
/// botocore's `remove_bucket_from_url_paths_from_model` does.
struct S3BucketPathRemoval: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.requestURI.utf8.starts(with: "/{Bucket}".utf8), let bucket = params["Bucket"]?.string else { return }
        let prefix = "/" + PercentEncoding.encode(bucket)
        // The prefix is ASCII (percent-encoded): compare bytes, as `hasPrefix` would, unless a
        // non-ASCII byte follows it (a combining mark would make the Characters differ).
        let path = request.path.utf8
        guard path.starts(with: prefix.utf8) else { return }
        let rest = path.dropFirst(prefix.utf8.count)
        if let next = rest.first, next >= 0x80 {
            guard request.path.hasPrefix(prefix) else { return }
            request.path = String(request.path.dropFirst(prefix.count))
            return
        }
        request.path = String(Substring(rest))
    }
}
