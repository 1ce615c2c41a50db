import Foundation

/// The presigned URL a cross-region copy carries (EC2 `CopySnapshot`'s `PresignedUrl`, RDS's
/// `PreSignedUrl`), as botocore's `_get_cross_region_presigned_url`: the same call as a GET with
/// its parameters plus `DestinationRegion` in the query, sent to the client's endpoint with the
/// destination region replaced by the source region, signed for the source region, valid for an hour.
///
/// The source endpoint is found by replacing the region name in the URL, as botocore does (it holds
/// for the regional endpoints of these services); a custom endpoint URL without the region in it is
/// kept as it is.
enum CrossRegionPresignedURL {
    /// How long the URL stays valid (botocore's `generate_presigned_url` default).
    static let expiresIn = 3600

    /// The presigned URL of `request` (whose body is `parameters`) for `sourceRegion`.
    static func make(for request: HTTPRequest, parameters: FormBody, sourceRegion: String, destinationRegion: String,
                     operation: OperationModel, context: CustomizationContext) async throws -> String {
        guard let presigner = context.presigner else {
            throw PresigningError(.unsupportedOperation,
                "\(operation.name) needs a URL presigned for \(sourceRegion), but this client has no presigner; create the client "
                + "with session.client(...), or pass the presigned URL parameter yourself.")
        }
        var copy = parameters
        copy["DestinationRegion"] = destinationRegion
        var text = request.url.absoluteString.replacingOccurrences(of: destinationRegion, with: sourceRegion)
        text += (text.contains("?") ? "&" : "?") + String(decoding: copy.data, as: UTF8.self)
        guard let url = URL(string: text) else {
            throw PresigningError(.unsupportedOperation, "Cannot form the \(sourceRegion) URL to presign for \(operation.name) from '\(text)'.")
        }
        return try await presigner.presignedURL(for: HTTPRequest(method: "GET", url: url), region: sourceRegion,
                                                expiresIn: expiresIn).absoluteString
    }
}
