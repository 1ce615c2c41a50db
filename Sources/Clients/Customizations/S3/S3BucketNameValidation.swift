/// Rejects a `Bucket` that is neither a bucket name (`[a-zA-Z0-9.\-_]{1,255}`) nor an access
/// point ARN before anything is sent, as botocore's `validate_bucket_name` (a `/` in a bucket
/// name would otherwise silently change the request path).
struct S3BucketNameValidation: ServiceCustomization {
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard let bucket = params["Bucket"]?.string else { return }
        if Self.isPlainName(bucket) || S3AccessPointARN.matches(bucket) { return }
        throw ParamValidationError(problems: [.init(
            kind: .invalidValue, path: "Bucket",
            message: "Invalid bucket name \"\(bucket)\": Bucket name must match the regex \"^[a-zA-Z0-9.\\-_]{1,255}$\" "
                + "or be an access point ARN (arn:aws:s3:<region>:<account>:accesspoint/<name>)")])
    }

    static func isPlainName(_ name: String) -> Bool {
        (1...255).contains(name.utf8.count) && name.utf8.allSatisfy { byte in
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
