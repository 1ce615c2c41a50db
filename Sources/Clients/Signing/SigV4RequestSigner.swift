import Foundation
import Synchronization

/// Signs each client request with SigV4, as botocore chooses per service and operation:
/// the endpoint's signing name and region when its auth scheme gives them, S3's path and
/// payload rules (unsigned payload over HTTPS unless payload signing is on), no signature for
/// operations whose auth is `none`.
package final class SigV4RequestSigner: RequestSigning {
    private let credentials: @Sendable () async throws -> Credentials
    private let model: ServiceModel
    private let region: String
    private let s3PayloadSigningEnabled: Bool
    private let now: @Sendable () -> Date
    /// The last signer built, reused while credentials, region and service stay the same so its
    /// derived-key cache is reused too.
    private let cached = Mutex<SigV4Signer?>(nil)

    package init(credentials: @escaping @Sendable () async throws -> Credentials, model: ServiceModel, region: String,
                 s3PayloadSigningEnabled: Bool = false, now: @escaping @Sendable () -> Date = { Date() }) {
        self.credentials = credentials
        self.model = model
        self.region = region
        self.s3PayloadSigningEnabled = s3PayloadSigningEnabled
        self.now = now
    }

    package func sign(_ request: inout HTTPRequest, operation: OperationModel, endpoint: RequestEndpoint) async throws {
        if Self.isAnonymous(operation: operation, endpoint: endpoint) { return }
        let service = endpoint.signingName ?? model.metadata.signingName
        let region = endpoint.signingRegion ?? self.region
        let isS3 = service == "s3" || service == "s3-outposts" || service == "s3-object-lambda"
        var payload: SigV4Options.PayloadSigning = .signed
        if operation.authType == "v4-unsigned-body" || operation.unsignedPayload {
            payload = .unsigned
        } else if isS3, request.url.scheme == "https", !s3PayloadSigningEnabled {
            payload = .unsigned
        }
        let options = SigV4Options(s3: isS3 || endpoint.disableDoubleEncoding == true, payloadSigning: payload)
        let signer = try await signer(service: service, region: region, options: options)
        try signer.sign(&request, date: now())
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

    /// Operations modeled without auth (`authtype: none`, `smithy.api#noAuth`) or an endpoint
    /// whose auth scheme is `none` are sent unsigned.
    static func isAnonymous(operation: OperationModel, endpoint: RequestEndpoint) -> Bool {
        operation.authType == "none" || operation.auth == ["smithy.api#noAuth"] || endpoint.authScheme == "none"
    }
}
