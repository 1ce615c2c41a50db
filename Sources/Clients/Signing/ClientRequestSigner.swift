import Foundation
import Synchronization

/// Signs each request of a client as botocore chooses per service, operation and endpoint
/// (`SigningResolver`): SigV4 or SigV4a with S3's rules or without, SigV2, a bearer token, or nothing.
///
/// S3's payload rule is botocore's `S3SigV4Auth._should_sha256_sign_payload`: the body's SHA-256
/// is signed unless the request goes over HTTPS *and* carries the checksum the SDK computed for
/// it (or `Content-MD5`) *and* either streams its input or the operation is modeled with an
/// unsigned payload; `S3Config.payloadSigningEnabled` overrides all of that. A checksum sent in
/// an aws-chunked trailer comes before every rule: the payload is `STREAMING-UNSIGNED-PAYLOAD-TRAILER`
/// (so a streamed file upload over HTTPS is read once, as it is sent).
package final class ClientRequestSigner: RequestSigning {
    private let credentials: @Sendable () async throws -> Credentials
    private let tokens: (any TokenProvider)?
    /// The model's signing name, which bearer tokens are looked up by (botocore's client-specific token).
    private let tokenSigningName: String
    private let resolver: SigningResolver
    private let makeScope: @Sendable () -> ClientSigningScope
    private let scope = Mutex<ClientSigningScope?>(nil)
    private let s3PayloadSigningEnabled: Bool?
    private let now: @Sendable () -> Date
    /// The last SigV4 signer built, reused while credentials, region and service stay the same so
    /// its derived-key cache is reused too.
    private let cached = Mutex<SigV4Signer?>(nil)
    /// The SigV4a key of the last credentials signed with (deriving it costs an HMAC per request otherwise).
    private let keys = SigV4aKeyCache()

    /// - Parameters:
    ///   - scope: the client's signing name and region where the endpoint gives none, worked out
    ///     on first need (it may read endpoints.json).
    ///   - s3PayloadSigningEnabled: `S3Config.payloadSigningEnabled` as configured (`nil`: botocore's rule).
    package init(credentials: @escaping @Sendable () async throws -> Credentials, tokens: (any TokenProvider)?,
                 tokenSigningName: String, resolver: SigningResolver, scope: @escaping @Sendable () -> ClientSigningScope,
                 s3PayloadSigningEnabled: Bool?, now: @escaping @Sendable () -> Date = { Date() }) {
        self.credentials = credentials
        self.tokens = tokens
        self.tokenSigningName = tokenSigningName
        self.resolver = resolver
        self.makeScope = scope
        self.s3PayloadSigningEnabled = s3PayloadSigningEnabled
        self.now = now
    }

    /// The client's signing scope, computed once.
    package var signingScope: ClientSigningScope {
        if let known = scope.withLock({ $0 }) { return known }
        let made = makeScope()
        scope.withLock { $0 = made }
        return made
    }

    package func plan(operation: OperationModel, endpoint: RequestEndpoint, presigning: Bool,
                      ignoreEndpointRegion: Bool) throws -> SigningPlan {
        try resolver.plan(operation: operation, endpointAuthSchemes: endpoint.authSchemes, scope: { self.signingScope },
                          presigning: presigning, ignoreEndpointRegion: ignoreEndpointRegion)
    }

    @discardableResult
    package func sign(_ request: inout HTTPRequest, operation: OperationModel, endpoint: RequestEndpoint,
                      context: SigningContext) async throws -> SigningPlan {
        let plan = try plan(operation: operation, endpoint: endpoint, presigning: false, ignoreEndpointRegion: false)
        switch plan.method {
        case .none:
            // S3 reads an unsigned aws-chunked body only when told so (botocore's
            // `_set_extra_headers_for_unsigned_request`).
            if context.trailerChecksum != nil {
                request.headers["X-Amz-Content-SHA256"] = SigV4Signer.streamingUnsignedPayloadTrailer
            }
        case .bearer:
            request.headers["Authorization"] = "Bearer " + (try await bearerToken()).token
        case .sigV2:
            try SigV2Signer(credentials: try await credentials()).sign(&request, date: now())
        case .sigV4, .s3SigV4:
            let s3 = plan.method == .s3SigV4
            let signsPayload = s3 ? s3SignsPayload(request, context: context, plan: plan) : plan.payloadSigningEnabled
            // botocore's `_is_streaming_checksum_payload` comes first, whatever the payload rule says.
            let payload: SigV4Options.PayloadSigning = context.trailerChecksum != nil ? .streamingUnsignedTrailer
                : signsPayload ? .signed : .unsigned
            let options = SigV4Options(s3: s3, payloadSigning: payload)
            let signer = try await signer(service: plan.signingName, region: plan.region, options: options)
            try signer.sign(&request, date: now())
        case .sigV4a, .s3SigV4a:
            let s3 = plan.method == .s3SigV4a
            let signsPayload = s3 ? s3SignsPayload(request, context: context, plan: plan) : plan.payloadSigningEnabled
            let options = SigV4Options(s3: s3, payloadSigning: signsPayload ? .signed : .unsigned)
            let signer = try await sigV4aSigner(service: plan.signingName, regionSet: plan.region, options: options)
            try signer.sign(&request, date: now())
        }
        return plan
    }

    /// A SigV4a signer for the current credentials, with their derived key from `keys`.
    package func sigV4aSigner(service: String, regionSet: String, options: SigV4Options) async throws -> SigV4aSigner {
        let current = try await credentials()
        return SigV4aSigner(credentials: current, regionSet: regionSet, service: service, options: options,
                            key: try keys.key(for: current))
    }

    /// `S3SigV4Auth._should_sha256_sign_payload`.
    func s3SignsPayload(_ request: HTTPRequest, context: SigningContext, plan: SigningPlan) -> Bool {
        if let s3PayloadSigningEnabled { return s3PayloadSigningEnabled }
        let isHTTPS = request.url.scheme?.lowercased() == "https"
        guard isHTTPS, request.headers.contains(context.checksumHeader ?? "Content-MD5") else { return true }
        if context.hasStreamingInput { return false }
        return plan.payloadSigningEnabled
    }

    /// The token for bearer auth, or botocore's `NoAuthTokenError` saying where to put one.
    private func bearerToken() async throws -> AuthToken {
        if let token = try await tokens?.token(signingName: tokenSigningName) { return token }
        let variable = EnvironmentTokenProvider.variableName(signingName: tokenSigningName)
        throw SigningError(code: .noAuthToken, message: "Unable to locate an authorization token for bearer auth "
            + "(service signing name '\(tokenSigningName)'). Set \(variable), or create the Session with "
            + "tokenProvider: (looked in: \(tokens?.sourceDescription ?? "no token provider")).")
    }

    private func signer(service: String, region: String, options: SigV4Options) async throws -> SigV4Signer {
        let current = try await credentials()
        if let existing = cached.withLock({ $0 }), existing.credentials == current, existing.service == service,
           existing.region == region, existing.options == options {
            return existing
        }
        let signer = SigV4Signer(credentials: current, region: region, service: service, options: options)
        cached.withLock { $0 = signer }
        return signer
    }
}
