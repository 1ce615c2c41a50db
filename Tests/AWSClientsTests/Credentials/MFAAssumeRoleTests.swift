import Foundation
import Synchronization
import Testing
@testable import AWSClients

/// Assume-role profiles with `mfa_serial`: the code comes from the caller's `MFATokenProvider`,
/// after the source credentials, at the first `AssumeRole` and again at each refresh.
@Suite struct MFAAssumeRoleTests {
    static let config = """
        [profile base]
        aws_access_key_id = BASEKEY
        aws_secret_access_key = BASESECRET
        [profile admin]
        role_arn = arn:aws:iam::111:role/admin
        source_profile = base
        mfa_serial = arn:aws:iam::111:mfa/alice
        [profile chained]
        role_arn = arn:aws:iam::222:role/chained
        source_profile = admin
        [profile from-env]
        role_arn = arn:aws:iam::333:role/env
        credential_source = Environment
        mfa_serial = GAHT12345678
        """

    @Test func codeFromTheProviderIsSentWithTheSerial() async throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let asked = Mutex<[String]>([])
        let sts = StubSTS(expiration: clock.now.addingTimeInterval(3600))
        let mfa: MFATokenProvider = { serial in
            let count = asked.withLock { $0.append(serial); return $0.count }
            return "12345\(count)"
        }
        let shared = try folder.sharedConfig(config: Self.config, profile: "admin")
        let provider = AssumeRoleCredentialProvider(context: identityContext(shared, folder: folder, sts: sts, mfa: mfa, clock: clock))
        _ = try await provider.credentials()
        let request = try #require(sts.calls.withLock { $0.first?.request })
        #expect(request.serialNumber == "arn:aws:iam::111:mfa/alice")
        #expect(request.tokenCode == "123451")
        #expect(!"\(request)".contains("123451") && "\(request)".contains("tokenCode: <redacted>"))
        // A refresh asks again (botocore raises RefreshWithMFAUnsupportedError instead).
        clock.advance(50 * 60)
        _ = try await provider.credentials()
        #expect(sts.calls.withLock { $0.last?.request.tokenCode } == "123452")
        #expect(asked.withLock { $0 } == ["arn:aws:iam::111:mfa/alice", "arn:aws:iam::111:mfa/alice"])
    }

    @Test func sourceProfileChainAndCredentialSourceKeepWorking() async throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let sts = StubSTS(expiration: clock.now.addingTimeInterval(3600))
        let mfa: MFATokenProvider = { _ in "654321" }
        let chained = try folder.sharedConfig(config: Self.config, profile: "chained")
        _ = try await AssumeRoleCredentialProvider(context: identityContext(chained, folder: folder, sts: sts, mfa: mfa, clock: clock)).credentials()
        let calls = sts.calls.withLock { $0 }
        #expect(calls.map(\.request.roleARN) == ["arn:aws:iam::111:role/admin", "arn:aws:iam::222:role/chained"])
        #expect(calls.map(\.request.tokenCode) == ["654321", nil])
        #expect(calls[1].source.accessKeyID == "ASIA-admin-1")

        let fromEnvironment = try folder.sharedConfig(config: Self.config, profile: "from-env")
        let env = ["AWS_ACCESS_KEY_ID": "ENVKEY", "AWS_SECRET_ACCESS_KEY": "ENVSECRET"]
        _ = try await AssumeRoleCredentialProvider(context: identityContext(fromEnvironment, folder: folder, env: env, sts: sts, mfa: mfa,
                                                                            clock: clock)).credentials()
        let last = try #require(sts.calls.withLock { $0.last })
        #expect(last.request.serialNumber == "GAHT12345678" && last.request.tokenCode == "654321")
        #expect(last.source.accessKeyID == "ENVKEY")
    }

    @Test func providerErrorsStopTheResolution() async throws {
        struct NoDevice: Error {}
        let folder = try TemporaryFolder()
        let sts = StubSTS()
        let shared = try folder.sharedConfig(config: Self.config, profile: "admin")
        let provider = AssumeRoleCredentialProvider(context: identityContext(shared, folder: folder, sts: sts, mfa: { _ in throw NoDevice() },
                                                                             clock: TestClock()))
        await #expect(throws: NoDevice.self) { try await provider.credentials() }
        #expect(sts.calls.withLock { $0.isEmpty })
    }
}
