/// How one request is signed: the signer, the credential scope, and whether the body's hash
/// goes into the signature.
package struct SigningPlan: Sendable, Equatable {
    /// The signers this SDK has.
    package enum Method: Sendable, Equatable {
        /// No signature (botocore's `UNSIGNED`).
        case none
        /// SigV4 (`SigV4Auth`, `SigV4QueryAuth`).
        case sigV4
        /// SigV4 with S3's path and payload rules (`S3SigV4Auth`, `S3SigV4QueryAuth`).
        case s3SigV4
        /// SigV4a (`CrtSigV4AsymAuth`, `CrtSigV4AsymQueryAuth`); `region` is the region set.
        case sigV4a
        /// SigV4a with S3's path and payload rules (`CrtS3SigV4AsymAuth`, `CrtS3SigV4AsymQueryAuth`).
        case s3SigV4a
        /// SigV2 (`SigV2Auth`), query-protocol form bodies.
        case sigV2
        /// `Authorization: Bearer <token>` (`BearerAuth`).
        case bearer
    }

    /// The signer.
    package var method: Method
    /// The service name in the credential scope.
    package var signingName: String
    /// The region in the credential scope; for SigV4a, the region set (comma separated, or `*`).
    package var region: String
    /// botocore's `payload_signing_enabled` request context: `false` for operations modeled
    /// with `unsignedPayload` or `authtype: v4-unsigned-body`.
    package var payloadSigningEnabled: Bool = true
    /// Whether bearer auth was chosen because of a token in the environment (botocore's
    /// `BEARER_SERVICE_ENV_VARS` user agent feature).
    package var bearerFromEnvironment = false

    package init(method: Method, signingName: String, region: String, payloadSigningEnabled: Bool = true) {
        self.method = method
        self.signingName = signingName
        self.region = region
        self.payloadSigningEnabled = payloadSigningEnabled
    }
}
