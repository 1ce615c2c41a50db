import Foundation

/// Calls STS for the assume-role and web-identity credential providers with a client of the
/// same session's configuration (region, endpoint URL, transport).
struct SessionSTSFetcher: STSCredentialsFetcher {
    let session: Session

    func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: Credentials) async throws -> Credentials {
        let sts = try session.serviceClient("sts", fallbackRegion: "us-east-1", credentials: sourceCredentials)
        var params: Document = ["RoleArn": .string(request.roleARN), "RoleSessionName": .string(request.roleSessionName)]
        if let externalID = request.externalID { params["ExternalId"] = .string(externalID) }
        if let duration = request.durationSeconds { params["DurationSeconds"] = .int(duration) }
        if let serial = request.serialNumber { params["SerialNumber"] = .string(serial) }
        if let code = request.tokenCode { params["TokenCode"] = .string(code) }
        return try Self.credentials(from: try await sts.call("AssumeRole", params), source: "assume-role")
    }

    func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> Credentials {
        let sts = try session.serviceClient("sts", fallbackRegion: "us-east-1", credentials: nil)
        let params: Document = ["RoleArn": .string(request.roleARN), "RoleSessionName": .string(request.roleSessionName),
                                "WebIdentityToken": .string(request.webIdentityToken)]
        return try Self.credentials(from: try await sts.call("AssumeRoleWithWebIdentity", params),
                                    source: "assume-role-with-web-identity")
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
