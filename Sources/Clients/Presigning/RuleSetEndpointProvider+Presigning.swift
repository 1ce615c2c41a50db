/// S3 presigned URLs and POSTs go to the global endpoint (`bucket.s3.amazonaws.com`) where
/// botocore sends them, so URLs made here match boto3's.
extension RuleSetEndpointProvider {
    /// botocore's `_should_use_global_endpoint`: the `aws` partition, no S3 dual-stack, not opted
    /// into the regional us-east-1 endpoint, and no explicit virtual addressing.
    static func presignUsesGlobalEndpoint(config: EffectiveConfig, region: String?, partitions: PartitionTable) -> Bool {
        guard partitions.partitionID(forRegion: region) == "aws" else { return false }
        let s3 = config.s3
        if s3.useDualstackEndpoint == true { return false }
        if s3.usEast1RegionalEndpoint == "regional" && region == "us-east-1" { return false }
        if s3.addressingStyle == .virtual { return false }
        return true
    }

    /// The second half of botocore's `customize_endpoint_resolver_builtins` for presigning: the
    /// global endpoint unless the bucket needs (or the client asked for) path style, or the
    /// bucket is an access-point ARN or an S3 Express directory bucket.
    static func useGlobalEndpointForPresigning(_ builtIns: inout EndpointBuiltIns, params: Document) {
        let bucket = params["Bucket"]?.string
        if let bucket {
            if !S3BucketNames.isValidHostLabel(bucket) || S3BucketNames.isARN(bucket) || bucket.hasSuffix("--x-s3") { return }
        }
        if builtIns.s3ForcePathStyle { return }
        builtIns.region = "aws-global"
        builtIns.s3UseGlobalEndpoint = true
    }
}
