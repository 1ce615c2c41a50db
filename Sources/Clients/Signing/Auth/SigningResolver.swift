/// Chooses how each request of a client is signed, as botocore does across `ClientEndpointBridge`
/// (the client's signature version), `_make_api_call` (the operation's `auth` / `authtype`, an
/// auth scheme preference), `auth_schemes_to_signing_ctx` (the endpoint's `authSchemes`) and the
/// `choose-signer` handlers (`set_operation_specific_signer`, `_set_auth_scheme_preference_signer`,
/// bearer tokens in the environment, operations that are never signed).
///
/// Pure: everything it reads is given, so each rule can be tested on its own.
/// ```swift
/// let resolver = try SigningResolver(model: model, config: effective, environment: env)
/// let plan = try resolver.plan(operation: op, endpointAuthSchemes: endpoint.authSchemes,
///                              scope: { scope }, presigning: false)
/// ```
package struct SigningResolver: Sendable {
    /// A signer name, or no signing (botocore's `UNSIGNED`).
    private enum Choice: Equatable {
        case unsigned
        case named(String)
    }

    /// The service model's `serviceId`, hyphenated and lowercased (`cognito-identity`).
    let serviceID: String
    /// The service's name in messages.
    let serviceName: String
    /// The client's signer name (`nil`: unsigned): a configured version, else `s3v4` for S3 and
    /// S3 Control, else the model's `auth` or `signatureVersion`.
    let clientSignatureVersion: String?
    /// The version set in code (`Config.signatureVersion`), matched against endpoint auth schemes.
    let requestedInCode: SignatureVersion?
    /// Auth scheme preference, from any source.
    let preference: [String]
    /// Whether the preference was set in code.
    let preferenceFromConfig: Bool
    /// The service's `auth` list (metadata).
    let serviceAuthOptions: [String]
    /// Where `AWS_BEARER_TOKEN_<NAME>` is looked up (botocore prefers bearer auth for Bedrock when set).
    let environment: [String: String]
    /// Import/Export, with no version configured: botocore's `choose-signer.importexport` handler signs with `v4`.
    let forcesV4: Bool
    /// Whether this is S3 (endpoint prefix `s3`).
    let isS3: Bool
    /// `sigv4a_signing_region_set` from `Config`, `AWS_SIGV4A_SIGNING_REGION_SET` or the profile.
    let configuredRegionSet: String?

    /// Operations botocore never signs, whatever their model says (`disable_signing` handlers).
    static let neverSigned: Set<String> = [
        "cognito-identity.GetId", "cognito-identity.GetOpenIdToken", "cognito-identity.UnlinkIdentity",
        "cognito-identity.GetCredentialsForIdentity", "sts.AssumeRoleWithSAML", "sts.AssumeRoleWithWebIdentity",
    ]

    /// Services whose bearer token in the environment outranks SigV4 (`get_bearer_auth_supported_services`).
    static let bearerFromEnvironmentServices: Set<String> = ["bedrock"]

    /// The resolver of a client of `model` with `config`; throws for a signature version the
    /// client cannot use (`v2` outside query protocols, an unknown model version).
    package init(model: ServiceModel, config: EffectiveConfig, environment: [String: String]) throws {
        let metadata = model.metadata
        serviceID = (metadata.serviceID ?? model.serviceName).lowercased().replacingOccurrences(of: " ", with: "-")
        serviceName = model.serviceName
        requestedInCode = config.isSignatureVersionFromConfig ? config.signatureVersion : nil
        preference = config.authSchemePreference
        preferenceFromConfig = config.isAuthSchemePreferenceFromConfig
        serviceAuthOptions = metadata.raw["auth"]?.array?.compactMap(\.string) ?? []
        self.environment = environment
        forcesV4 = serviceID == "importexport" && config.signatureVersion == nil
        isS3 = metadata.endpointPrefix == "s3"
        configuredRegionSet = config.sigv4aSigningRegionSet.flatMap { $0.isEmpty ? nil : $0 }
        if let configured = config.signatureVersion {
            clientSignatureVersion = configured.name
            if configured == .v2, !["query", "ec2"].contains(metadata.resolvedProtocol) {
                throw ConfigError(.invalidValue, "The signature version 'v2' signs query-protocol form bodies; \(model.serviceName) "
                    + "speaks \(metadata.resolvedProtocol). Use v4 (or leave signatureVersion unset).")
            }
        } else if metadata.endpointPrefix == "s3" || metadata.endpointPrefix == "s3-control" {
            clientSignatureVersion = "s3v4"
        } else {
            let context = "The service \(model.serviceName)"
            let modelVersion = serviceAuthOptions.isEmpty
                ? metadata.signatureVersion : try AuthSchemeTables.resolveAuthType(serviceAuthOptions, context: context)
            let version = modelVersion ?? "v4"
            guard AuthSchemeTables.knownSigners.contains(version) else {
                throw SigningError(code: .unsupportedAuth, message: "\(context) is modeled with the signature version '\(version)', "
                    + "which this SDK does not know. Set Config(signatureVersion:) to one it accepts.")
            }
            clientSignatureVersion = version
        }
    }

    /// The signer for one request.
    ///
    /// - Parameters:
    ///   - endpointAuthSchemes: the resolved endpoint's `authSchemes` (may be empty).
    ///   - scope: the client's signing name and region (`ClientSigningScope`), asked for only when
    ///     the endpoint does not give both.
    ///   - presigning: a presigned URL (botocore's `presign-url` signing: the operation's own auth is
    ///     not consulted, signer names get `-query`).
    ///   - ignoreEndpointRegion: presigning keeps the client's region, not the endpoint's (botocore's
    ///     `ignore_signing_region`, on unless the bucket is an ARN).
    package func plan(operation: OperationModel, endpointAuthSchemes: [Document], scope: () -> ClientSigningScope,
                      presigning: Bool = false, ignoreEndpointRegion: Bool = false) throws -> SigningPlan {
        let context = "The operation \(operation.name) of \(serviceName)"
        var authType: String?
        if !presigning {
            if !operation.auth.isEmpty, !preference.isEmpty {
                authType = try AuthSchemeTables.resolveAuthSchemePreference(preference, options: operation.auth, context: context)
            } else if !operation.auth.isEmpty {
                authType = try AuthSchemeTables.resolveAuthType(operation.auth, context: context)
            } else {
                authType = operation.authType
            }
        }
        var endpointName: String?
        var endpointRegion: String?
        var ignoredRegion: String?
        if !endpointAuthSchemes.isEmpty {
            let selection = try EndpointAuthSelection.select(endpointAuthSchemes, requested: requestedInCode, preference: preference)
            authType = selection.authType
            endpointName = selection.signingName
            endpointRegion = ignoreEndpointRegion ? nil : selection.signingRegion
            ignoredRegion = ignoreEndpointRegion ? selection.signingRegion : nil
        }
        // The client's scope may read endpoints.json: only when a signing name or region is needed.
        var clientScope: ClientSigningScope?
        func resolvedScope() -> ClientSigningScope {
            if let clientScope { return clientScope }
            let made = scope()
            clientScope = made
            return made
        }
        func signingName() -> String { endpointName ?? resolvedScope().signingName }
        var payloadSigningEnabled = true

        let suffix = presigning ? "-query" : ""
        let base: Choice = (authType ?? clientSignatureVersion).map(Choice.named) ?? .unsigned
        var response = specialHandler(operation: operation)
        if response == nil {
            response = operationSpecificSigner(authType: authType, operation: operation, signingName: signingName,
                                               presigning: presigning, payloadSigningEnabled: &payloadSigningEnabled)
        }
        var bearerFromEnvironment = false
        if response == nil, !presigning {
            response = try preferenceSigner(signingName: signingName, context: context, bearerFromEnvironment: &bearerFromEnvironment)
        }
        let final = Self.withSuffix(response ?? base, suffix)
        let method = try Self.method(for: final, presigning: presigning, context: context)
        if method == .none { return SigningPlan(method: .none, signingName: endpointName ?? "", region: endpointRegion ?? "") }
        // Without endpoints.json the client's region is only a guess: for presigning, the endpoint's
        // is closer (global services), except for S3, whose presigning endpoint is the global one.
        var region = endpointRegion ?? (resolvedScope().isAssumed && !isS3 ? ignoredRegion : nil) ?? resolvedScope().region
        if method == .sigV4a || method == .s3SigV4a {
            // botocore's `_set_sigv4a_signing_context`, which both the operation's signer choice and
            // the auth-preference one call for `v4a`: the configured set, else the endpoint's, else every region.
            region = configuredRegionSet ?? endpointRegion ?? "*"
        }
        var plan = SigningPlan(method: method, signingName: signingName(), region: region, payloadSigningEnabled: payloadSigningEnabled)
        plan.bearerFromEnvironment = bearerFromEnvironment
        return plan
    }

    /// `disable_signing` for operations botocore never signs; Import/Export's `v4` default.
    private func specialHandler(operation: OperationModel) -> Choice? {
        if Self.neverSigned.contains(serviceID + "." + operation.name) { return .unsigned }
        return forcesV4 ? .named("v4") : nil
    }

    /// `set_operation_specific_signer`.
    private func operationSpecificSigner(authType: String?, operation: OperationModel, signingName: () -> String, presigning: Bool,
                                         payloadSigningEnabled: inout Bool) -> Choice? {
        guard let authType else { return nil }
        if authType == "none" { return .unsigned }
        if authType == "bearer" { return .named("bearer") }
        if (!presigning && operation.unsignedPayload) || authType == "v4-unsigned-body" { payloadSigningEnabled = false }
        guard authType.hasPrefix("v4") else { return nil }
        if authType == "v4-s3express" { return .named(authType) }
        let version = authType == "v4a" ? "v4a" : "v4"
        return .named(AuthSchemeTables.s3SigningNames.contains(signingName()) ? "s3" + version : version)
    }

    /// `_set_auth_scheme_preference_signer`: a preference (not outranked by a version set in code)
    /// picks among the service's auth options, and a bearer token in the environment wins for the
    /// services botocore allows it for unless auth was chosen in code.
    private func preferenceSigner(signingName: () -> String, context: String, bearerFromEnvironment: inout Bool) throws -> Choice? {
        let current: Choice = clientSignatureVersion.map(Choice.named) ?? .unsigned
        let versionInCode = requestedInCode != nil
        var resolved = current
        if !versionInCode, !preference.isEmpty, !serviceAuthOptions.isEmpty {
            let name = try AuthSchemeTables.resolveAuthSchemePreference(preference, options: serviceAuthOptions, context: context)
            resolved = name == "none" ? .unsigned : .named(name)
        }
        if serviceAuthOptions.contains("smithy.api#httpBearerAuth"), case let name = signingName(),
           Self.bearerFromEnvironmentServices.contains(name), EnvironmentTokenProvider.token(signingName: name, environment: environment) != nil,
           resolved == .named("bearer") || !(versionInCode || preferenceFromConfig) {
            resolved = .named("bearer")
            bearerFromEnvironment = true
        }
        return resolved == current ? nil : resolved
    }

    private static func withSuffix(_ choice: Choice, _ suffix: String) -> Choice {
        guard case .named(let name) = choice, !name.hasSuffix(suffix) else { return choice }
        return .named(name + suffix)
    }

    /// `get_auth_instance`: the signer for a final name, or why there is none.
    private static func method(for choice: Choice, presigning: Bool, context: String) throws(SigningError) -> SigningPlan.Method {
        guard case .named(let name) = choice else { return .none }
        switch name {
        case "v4", "v4-query": return .sigV4
        case "s3v4", "s3v4-query": return .s3SigV4
        // botocore has no `v4a-query` signer (its CRT map lacks one); the AWS Common Runtime's
        // query signing is the same for any service, so this SDK presigns SigV4a for all of them.
        case "v4a", "v4a-query": return .sigV4a
        case "s3v4a", "s3v4a-query": return .s3SigV4a
        case "v2": return .sigV2
        case "bearer": return .bearer
        default: break
        }
        let reason: String
        if name.hasPrefix("v4-s3express") {
            reason = "needs S3 Express One Zone session auth (directory buckets), which is not supported yet"
        } else if presigning {
            reason = "cannot be presigned: the signature version '\(name)' has no presigned form (botocore: "
                + "UnsupportedSignatureVersionError)"
        } else {
            reason = "needs the signature version '\(name)', which this SDK does not support"
        }
        throw SigningError(code: .unsupportedAuth, message: "\(context) \(reason).")
    }
}
