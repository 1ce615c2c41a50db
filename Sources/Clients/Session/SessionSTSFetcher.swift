import Foundation

/// Calls STS for the assume-role and web-identity credential providers with a client of the
/// same session's configuration (region, endpoint URL, transport).
struct SessionSTSFetcher: STSCredentialsFetcher {
    let session: Session

    func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: Credentials) async throws -> Credentials {
        let sts = try stsClient(credentials: sourceCredentials)
        var params: Document = ["RoleArn": .string(request.roleARN), "RoleSessionName": .string(request.roleSessionName)]
        if let externalID = request.externalID { params["ExternalId"] = .string(externalID) }
        if let duration = request.durationSeconds { params["DurationSeconds"] = .int(duration) }
        return try Self.credentials(from: try await sts.call("AssumeRole", params), source: "assume-role")
    }

    func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> Credentials {
        let sts = try stsClient(credentials: nil)
        let params: Document = ["RoleArn": .string(request.roleARN), "RoleSessionName": .string(request.roleSessionName),
                                "WebIdentityToken": .string(request.webIdentityToken)]
        return try Self.credentials(from: try await sts.call("AssumeRoleWithWebIdentity", params),
                                    source: "assume-role-with-web-identity")
    }

    /// An STS client signing with `credentials` (nil: the operation is unsigned).
    private func stsClient(credentials: Credentials?) throws -> Client {
        let model = try session.loader.serviceModel("sts")
        let resolver = ConfigResolver(sharedConfig: session.sharedConfig, environment: session.environment)
        var effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? "STS", endpointPrefix: "sts",
                                             region: session.explicitRegion)
        if effective.region == nil { effective.region = "us-east-1" }
        return try ClientFactory.make(model: model, config: effective, loader: session.loader,
                                      credentials: {
                                          guard let credentials else {
                                              throw NoCredentialsError(searched: ["(the web identity call is unsigned)"])
                                          }
                                          return credentials
                                      },
                                      transport: session.transport(options: effective.transportOptions))
    }

    static func credentials(from response: Document, source: String) throws -> Credentials {
        guard let values = response["Credentials"], let key = values["AccessKeyId"]?.string,
              let secret = values["SecretAccessKey"]?.string else {
            throw CredentialsError(.retrievalFailed, provider: source, "STS answered without Credentials")
        }
        let arn = response["AssumedRoleUser"]?["Arn"]?.string
        let account = arn.flatMap { $0.split(separator: ":", omittingEmptySubsequences: false).dropFirst(4).first.map(String.init) }
        return Credentials(accessKeyID: key, secretAccessKey: secret, sessionToken: values["SessionToken"]?.string,
                           expiration: values["Expiration"]?.date, source: source, accountID: account)
    }
}
