/// Fills `CreateBucketConfiguration.LocationConstraint` with the client's region on CreateBucket
/// outside us-east-1 when the caller did not give one, so `s3.createBucket(Bucket: "b")` works in
/// every region (S3 refuses a bucket without a constraint on a regional endpoint).
///
/// botocore does not do this (boto3 callers must pass the constraint themselves); a caller's own
/// constraint, or a directory-bucket configuration (`Location`/`Bucket`), is left untouched.
struct S3CreateBucketLocationConstraint: ServiceCustomization {
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == "CreateBucket", let region = context.configuration.region,
              !region.isEmpty, region != "us-east-1", region != "aws-global",
              case .map(var entries) = params else { return }
        var configuration: [String: Document]
        switch entries["CreateBucketConfiguration"] {
        case nil, .null?: configuration = [:]
        case .map(let existing)?: configuration = existing
        default: return  // validation reports the wrong type
        }
        guard configuration["LocationConstraint"] == nil, configuration["Location"] == nil,
              configuration["Bucket"] == nil else { return }
        configuration["LocationConstraint"] = .string(region)
        entries["CreateBucketConfiguration"] = .map(configuration)
        params = .map(entries)
    }
}
