import Foundation
import Synchronization

/// A session's credentials: fixed ones, or botocore's default provider chain built on first use.
final class SessionCredentials: Sendable {
    let explicit: Credentials?
    private let chain = Mutex<CredentialChain?>(nil)
    /// The credentials the chain gave last, for callers that cannot wait (presigning).
    let latest = Mutex<Credentials?>(nil)

    init(explicit: Credentials?) {
        self.explicit = explicit
    }

    func credentials(session: Session) async throws -> Credentials {
        if let explicit { return explicit }
        let chain = self.chain.withLock { current in
            if let current { return current }
            let context = CredentialProviderContext(sharedConfig: session.sharedConfig, environment: session.environment,
                                                    transport: session.credentialsTransport(),
                                                    sts: SessionSTSFetcher(session: session))
            let created = CredentialChain.default(context: context)
            current = created
            return created
        }
        let resolved = try await chain.credentials()
        latest.withLock { $0 = resolved }
        return resolved
    }
}
