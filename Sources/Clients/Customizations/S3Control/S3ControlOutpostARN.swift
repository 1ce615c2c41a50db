/// Takes the account id of an S3 on Outposts ARN given as S3 Control's `Name` (an access point)
/// or `Bucket`, as botocore's `S3ControlArnParamHandlerv2`: `AccountId` is filled in from the ARN
/// (so it may be left out), and the endpoint rules route the call to `s3-outposts`.
///
/// Throws `ParamValidationError`, with botocore's wording, for an ARN that is not an Outposts
/// access point (`Name`) or bucket (`Bucket`), a FIPS region in the ARN, or an `AccountId` that
/// differs from the ARN's; and `ConfigError` when the client uses S3 Accelerate, which S3 Control
/// does not support. `CreateAccessPoint`'s `Name` is a plain name; `CreateBucket` and
/// `ListRegionalBuckets` are routed by `OutpostId` instead.
struct S3ControlOutpostARN: ServiceCustomization {
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name != "CreateBucket", operation.name != "ListRegionalBuckets" else { return }
        if operation.name != "CreateAccessPoint" {
            try takeAccountID(from: "Name", kind: "accesspoint", params: &params, context: context)
        }
        try takeAccountID(from: "Bucket", kind: "bucket", params: &params, context: context)
    }

    /// Checks the ARN in `member`, if it holds one, and copies its account id to `AccountId`.
    private func takeAccountID(from member: String, kind: String, params: inout Document, context: CustomizationContext) throws {
        guard let text = params[member]?.string, let arn = ARN(text) else { return }
        func invalid(_ reason: String) -> ParamValidationError {
            ParamValidationError(problems: [.init(kind: .invalidValue, path: member,
                                                  message: "S3 ARN \"\(text)\" provided is invalid for this operation. \(reason)")])
        }
        // botocore's test, `endswith('fips-')` included.
        if arn.region.hasPrefix("fips-") || arn.region.hasSuffix("fips-") {
            throw invalid("Invalid ARN, FIPS region not allowed in ARN.")
        }
        if context.configuration.s3.useAccelerateEndpoint == true {
            throw ConfigError(.invalidValue, "Unsupported configuration when using S3 Control: S3 control client does not support "
                + "accelerate endpoints. Create the s3control client without s3.useAccelerateEndpoint.")
        }
        let resources = arn.resource.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == ":" }
        guard arn.service == "s3-outposts", resources.count == 4, resources[0] == "outpost", resources[2] == kind else {
            throw invalid("The \(member) parameter does not support the provided ARN")
        }
        if let given = params["AccountId"]?.string, given != arn.account {
            throw invalid("Account ID in arn does not match the AccountId parameter provided: \"\(given)\"")
        }
        params["AccountId"] = .string(arn.account)
    }

    /// The parts of an ARN as botocore's `ArnParser` splits it: six `:`-separated fields, the last
    /// one keeping any further `:` (the first field is not checked, as in botocore).
    struct ARN {
        let service: String
        let region: String
        let account: String
        let resource: String

        init?(_ text: String) {
            let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard parts.count == 6 else { return nil }
            service = String(parts[2])
            region = String(parts[3])
            account = String(parts[4])
            resource = String(parts[5])
        }
    }
}
