import Foundation
import Synchronization

/// A session's credentials and bearer tokens: fixed credentials, a provider the caller gave, or
/// botocore's default provider chain, built on first use from one `CredentialProviderContext`
/// that the default token chain shares (so an SSO token is refreshed once for both).
final class SessionCredentials: Sendable {
    let explicit: Credentials?
    /// A provider given to the session (`Session(credentialProvider:)`).
    let provider: (any CredentialProvider)?
    let mfaTokenProvider: MFATokenProvider?
    private let state = Mutex<(context: CredentialProviderContext?, chain: CredentialChain?, tokens: TokenProviderChain?)>((nil, nil, nil))
    /// The credentials the chain gave last, for callers that cannot wait (presigning).
    let latest = Mutex<Credentials?>(nil)

    init(explicit: Credentials?, provider: (any CredentialProvider)? = nil, mfaTokenProvider: MFATokenProvider? = nil) {
        self.explicit = explicit
        self.provider = provider
        self.mfaTokenProvider = mfaTokenProvider
    }

    func credentials(session: Session) async throws -> Credentials {
        if let explicit { return explicit }
        let source: any CredentialProvider = provider ?? chain(session: session)
        let resolved = try await source.credentials()
        latest.withLock { $0 = resolved }
        return resolved
    }

    /// botocore's default token chain, `AWS_BEARER_TOKEN_<SIGNING_NAME>` then the profile's SSO
    /// token, built when a client first asks for a token (creating a client reads nothing).
    func defaultTokenProvider(session: Session) -> any TokenProvider {
        DeferredTokenChain(session: session, credentials: self)
    }

    /// The default token chain, built on first use.
    func tokenChain(session: Session) -> TokenProviderChain {
        state.withLock { state in
            if let tokens = state.tokens { return tokens }
            let context = Self.context(&state.context, session: session, mfa: mfaTokenProvider)
            let created = TokenProviderChain(providers: [EnvironmentTokenProvider(environment: session.environment),
                                                         SSOTokenProvider(context: context)])
            state.tokens = created
            return created
        }
    }

    private func chain(session: Session) -> CredentialChain {
        state.withLock { state in
            if let chain = state.chain { return chain }
            let context = Self.context(&state.context, session: session, mfa: mfaTokenProvider)
            let created = CredentialChain.default(context: context)
            state.chain = created
            return created
        }
    }

    private static func context(_ slot: inout CredentialProviderContext?, session: Session,
                                mfa: MFATokenProvider?) -> CredentialProviderContext {
        if let slot { return slot }
        let created = CredentialProviderContext(sharedConfig: session.sharedConfig, environment: session.environment,
                                                transport: session.credentialsTransport(), sts: SessionSTSFetcher(session: session),
                                                sso: SessionSSOFetcher(session: session), signin: SessionSigninFetcher(session: session),
                                                mfaTokenProvider: mfa)
        slot = created
        return created
    }
}

/// The session's default token chain, looked up when a token is first needed.
private struct DeferredTokenChain: TokenProvider {
    let session: Session
    let credentials: SessionCredentials

    func token(signingName: String) async throws -> AuthToken? {
        try await credentials.tokenChain(session: session).token(signingName: signingName)
    }

    var sourceDescription: String { credentials.tokenChain(session: session).sourceDescription }
}
