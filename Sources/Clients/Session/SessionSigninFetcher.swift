import Foundation

/// Calls the sign-in service's `CreateOAuth2Token` for `aws login` profiles with an unsigned
/// client of the same session's configuration (`AWS_ENDPOINT_URL_SIGNIN` applies), adding the
/// DPoP header for the request's final URL as botocore's `before-call` handler does.
struct SessionSigninFetcher: SigninServiceFetcher {
    let session: Session

    func createOAuth2Token(_ request: LoginTokenRefreshRequest) async throws -> LoginTokenRefreshResponse? {
        let clock = session.signingClock
        let signin = try session.serviceClient("signin", credentials: nil,
                                               extraCustomizations: [DPoPHeader(proof: request.proof, now: { clock.now() })])
        let response = try await signin.call("CreateOAuth2Token", ["tokenInput": [
            "clientId": .string(request.clientID), "refreshToken": .string(request.refreshToken),
            "grantType": .string(request.grantType),
        ]])
        guard let output = response["tokenOutput"], let access = output["accessToken"],
              let keyID = access["accessKeyId"]?.string, let secret = access["secretAccessKey"]?.string,
              let token = access["sessionToken"]?.string, let expiresIn = output["expiresIn"]?.int,
              let refreshToken = output["refreshToken"]?.string else { return nil }
        return LoginTokenRefreshResponse(accessKeyID: keyID, secretAccessKey: secret, sessionToken: token, expiresIn: expiresIn,
                                         refreshToken: refreshToken)
    }
}

/// Sets `DPoP` on the finished request, once per call (botocore's `before-call` handler).
struct DPoPHeader: ServiceCustomization {
    let proof: DPoPProof
    let now: @Sendable () -> Date

    func prepareCall(_ request: inout HTTPRequest, params: Document, operation: OperationModel,
                     context: CustomizationContext) async throws {
        request.headers["DPoP"] = proof.header(url: request.url.absoluteString, issuedAt: now())
    }
}
