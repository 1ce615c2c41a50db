import Foundation

/// Calls SSO `GetRoleCredentials` and SSO OIDC `CreateToken` for the SSO providers with unsigned
/// clients of the same session's configuration in the SSO region, as botocore's providers do
/// (`AWS_ENDPOINT_URL_SSO` and `AWS_ENDPOINT_URL_SSO_OIDC` apply).
struct SessionSSOFetcher: SSOServiceFetcher {
    let session: Session

    func getRoleCredentials(_ request: SSORoleCredentialsRequest) async throws -> Credentials {
        let sso = try session.serviceClient("sso", region: request.region, credentials: nil)
        let response = try await sso.call("GetRoleCredentials", ["roleName": .string(request.roleName),
                                                                 "accountId": .string(request.accountID),
                                                                 "accessToken": .string(request.accessToken)])
        guard let values = response["roleCredentials"], let key = values["accessKeyId"]?.string,
              let secret = values["secretAccessKey"]?.string, let token = values["sessionToken"]?.string,
              let milliseconds = values["expiration"]?.int else {
            throw CredentialsError(.retrievalFailed, provider: "sso", "GetRoleCredentials answered without complete roleCredentials")
        }
        // botocore keeps whole seconds (it formats the expiry with strftime).
        let expiration = Date(timeIntervalSince1970: (Double(milliseconds) / 1000).rounded(.down))
        return Credentials(accessKeyID: key, secretAccessKey: secret, sessionToken: token, expiration: expiration,
                           source: "sso", accountID: request.accountID)
    }

    func createToken(_ request: SSOCreateTokenRequest) async throws -> SSOCreateTokenResponse {
        let oidc = try session.serviceClient("sso-oidc", region: request.region, credentials: nil)
        let response = try await oidc.call("CreateToken", ["grantType": .string(request.grantType),
                                                           "clientId": .string(request.clientID),
                                                           "clientSecret": .string(request.clientSecret),
                                                           "refreshToken": .string(request.refreshToken)])
        guard let accessToken = response["accessToken"]?.string, let expiresIn = response["expiresIn"]?.int else {
            throw CredentialsError(.retrievalFailed, provider: "sso", "CreateToken answered without accessToken and expiresIn")
        }
        return SSOCreateTokenResponse(accessToken: accessToken, expiresIn: expiresIn, refreshToken: response["refreshToken"]?.string)
    }
}
