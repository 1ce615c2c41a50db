extension ClientRuntime {
    /// Readies one attempt of a prepared request as botocore's `request-created` handlers do: the
    /// discovered endpoint first (endpoint discovery's handler is registered first), then the
    /// signature. The `User-Agent` (never signed) is rebuilt when signing chose a bearer token
    /// from the environment, as botocore rebuilds it after signing.
    func sign(_ request: inout HTTPRequest, _ prepared: PreparedRequest) async throws {
        try await useDiscoveredEndpoint(&request, prepared)
        let plan = try await signer.sign(&request, operation: prepared.operation, endpoint: prepared.endpoint, context: prepared.signing)
        if plan.bearerFromEnvironment, request.headers["User-Agent"] != nil {
            request.headers["User-Agent"] = userAgent.header(requestFeatures: prepared.userAgentFeatures + [FeatureID.bearerServiceEnvironmentVariables])
        }
    }

    /// The `x-amz-checksum-*` headers of a request, lowercased: those present before the
    /// customizations ran are the caller's, a new one is the checksum the SDK computed (botocore's
    /// request checksum sent in a header, which S3's payload rule looks for).
    static func checksumHeaders(in headers: HTTPHeaders) -> [String] {
        headers.fields.compactMap { FlexibleRequestChecksum.isChecksumHeader($0.name) ? $0.name.lowercased() : nil }
    }

    /// The `User-Agent` feature ids of one request: RPCv2 CBOR, account-id endpoints, a checksum
    /// the SDK added, a gzip-compressed body.
    func userAgentFeatures(operation: OperationModel, request: HTTPRequest, signing: SigningContext, accountID: String?) throws -> [String] {
        var features: [String] = []
        if model.metadata.resolvedProtocol == "smithy-rpc-v2-cbor" { features.append(FeatureID.protocolRPCv2CBOR) }
        if try endpoints.usesAccountID {
            if let mode = FeatureID.accountIDMode(meta.config.accountIDEndpointMode) { features.append(mode) }
            if accountID != nil { features.append(FeatureID.resolvedAccountID) }
        }
        if let header = signing.checksumHeader ?? signing.trailerChecksum, let feature = FeatureID.requestChecksum(header: header) {
            features.append(feature)
        }
        if !operation.requestCompressionEncodings.isEmpty, request.headers["Content-Encoding"]?.contains("gzip") == true {
            features.append(FeatureID.gzipRequestCompression)
        }
        return features
    }
}
