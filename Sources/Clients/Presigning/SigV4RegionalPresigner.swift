import Foundation

/// The client's `RegionalPresigning`: SigV4 query signing with the client's signing name and
/// credentials (awaited, so assume-role and container credentials work on the first call) at the
/// client's clock.
struct SigV4RegionalPresigner: RegionalPresigning {
    /// The client's credentials, as its request signer gets them.
    let credentials: @Sendable () async throws -> Credentials
    /// The service's signing name (`ec2`, `rds`).
    let signingName: String
    /// The clock the signature's `X-Amz-Date` comes from.
    let now: @Sendable () -> Date

    func presignedURL(for request: HTTPRequest, region: String, expiresIn: Int) async throws -> URL {
        let signer = SigV4Signer(credentials: try await credentials(), region: region, service: signingName, options: SigV4Options())
        return try signer.presign(request, expiresIn: expiresIn, date: now())
    }
}
