/// The members boto3 adds to resources whose model lacks them (boto3's `inject_*` handlers), as data.
///
/// - S3 `Bucket`: a load from `ListBuckets` (`bucket_load`).
/// - S3 `ObjectSummary`: a load from `HeadObject` (`object_summary_load`).
/// - EC2 `Instance`: a `DeleteTags` action for the instance (`delete_tags`).
struct ResourceInjections {
    /// The load to use when the model has none.
    let load: ResourceLoad?
    /// Actions to add after the model's own.
    let actions: [(String, JSONValue)]

    init(serviceName: String, resourceName: String, isService: Bool) {
        switch (serviceName, isService ? "" : resourceName) {
        case ("s3", "Bucket"):
            load = .listBucketsMatchingName
            actions = []
        case ("s3", "ObjectSummary"):
            load = .headObjectAsSummary
            actions = []
        case ("ec2", "Instance"):
            load = nil
            let param = JSONObject([("target", .string("Resources[0]")), ("source", .string("identifier")), ("name", .string("Id"))])
            let request = JSONObject([("operation", .string("DeleteTags")), ("params", .array([.object(param)]))])
            actions = [("DeleteTags", .object(JSONObject([("request", .object(request))])))]
        default:
            load = nil
            actions = []
        }
    }
}
