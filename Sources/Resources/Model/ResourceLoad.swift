/// How a resource fills its data: the model's `load` request, or one of the loads boto3 injects
/// where the model has none.
public enum ResourceLoad: Sendable, Hashable {
    /// The model's load: call the request, keep the response (searched with the action's path).
    case action(ResourceAction)
    /// boto3's `bucket_load`: S3 has no call returning one bucket's data, so list the buckets and keep
    /// the entry whose `Name` matches (empty data when absent or when listing is denied).
    case listBucketsMatchingName
    /// boto3's `object_summary_load`: `HeadObject`, with `ContentLength` renamed `Size`.
    case headObjectAsSummary
}
