import Foundation

/// Presigns a request of the client's own service for another region, with the client's
/// credentials: what botocore's `request_signer.generate_presigned_url(..., region_name=)` does for
/// the cross-region copies of EC2 and RDS, whose destination-region call carries a URL the source
/// region runs.
///
/// Customizations reach it through `CustomizationContext.presigner`; the client layer provides it
/// (`SigV4RegionalPresigner`), so this layer never names the client.
package protocol RegionalPresigning: Sendable {
    /// `request` (a GET whose operation parameters are in the URL's query) as a SigV4 query-signed
    /// URL for `region`, valid for `expiresIn` seconds.
    func presignedURL(for request: HTTPRequest, region: String, expiresIn: Int) async throws -> URL
}
