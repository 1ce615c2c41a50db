/// The URL and form fields of an S3 presigned POST, as boto3's `generate_presigned_post` returns them.
///
/// Post a `multipart/form-data` form to `url` with every field, then the file last (S3 ignores
/// fields after the file):
/// ```swift
/// let post = try s3.generatePresignedPost(bucket: "photos", key: "uploads/${filename}")
/// // form: post.fields..., then `file` with the bytes (and a filename for `${filename}`)
/// ```
public struct PresignedPost: Sendable, Hashable {
    /// Where to post the form (`https://photos.s3.amazonaws.com/`, or the path-style URL).
    public let url: String
    /// The form fields: `key`, your own fields, `policy` (base64 JSON), `x-amz-algorithm`,
    /// `x-amz-credential`, `x-amz-date`, `x-amz-security-token` for temporary credentials and
    /// `x-amz-signature`.
    public let fields: [String: String]

    /// Creates a presigned POST.
    public init(url: String, fields: [String: String]) {
        self.url = url
        self.fields = fields
    }
}
