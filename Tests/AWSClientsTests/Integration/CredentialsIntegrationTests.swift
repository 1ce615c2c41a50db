import Foundation
import Synchronization
import Testing
import AWSTestSupport
@testable import AWSClients

/// The credential providers against real servers: moto's STS for assume-role and web identity,
/// a local HTTP server for container credentials and IMDSv2. Each session reads only the
/// environment and temporary files the test gives it.
@Suite struct CredentialsIntegrationTests {
    /// A temporary folder removed when the test ends.
    private struct TemporaryFolder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("integ-credentials-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func write(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file.path
        }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    /// Environment of a session that must not see this machine's files or variables.
    private func isolatedEnvironment(_ folder: TemporaryFolder, _ extra: [String: String]) -> [String: String] {
        ["AWS_CONFIG_FILE": folder.url.appendingPathComponent("absent-config").path,
         "AWS_SHARED_CREDENTIALS_FILE": folder.url.appendingPathComponent("absent-credentials").path,
         "AWS_EC2_METADATA_DISABLED": "true"].merging(extra) { $1 }.merging(TransportEnvironment.forwarded) { own, _ in own }
    }

    @Test func assumeRoleProfileGetsCredentialsFromSTSAndSignsWithThem() async throws {
        let moto = try await MotoServer.shared.endpointURL()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let role = Moto.uniqueName("role")
        let config = try folder.write("config", """
            [profile dev]
            role_arn = arn:aws:iam::123456789012:role/\(role)
            source_profile = base
            role_session_name = swift-session
            region = us-east-1
            """)
        let credentials = try folder.write("credentials", """
            [base]
            aws_access_key_id = AKIDBASEEXAMPLE
            aws_secret_access_key = base-secret
            """)
        let environment = isolatedEnvironment(folder, ["AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": credentials,
                                                       "AWS_ENDPOINT_URL_STS": moto])
        let session = try Session(profile: "dev", environment: environment)
        let assumed = try await session.credentials()
        #expect(assumed.accessKeyID.hasPrefix("ASIA"))
        #expect(assumed.sessionToken?.isEmpty == false)
        #expect(assumed.expiration != nil)
        #expect(assumed.accountID == "123456789012")

        // moto answers GetCallerIdentity with the identity the signing key belongs to.
        let sts = try session.client("sts")
        #expect(sts.meta.endpointURL == moto)
        let identity = try await sts.getCallerIdentity()
        #expect(identity["Arn"]?.string == "arn:aws:sts::123456789012:assumed-role/\(role)/swift-session")
    }

    /// A profile with `mfa_serial` asks the session's MFA provider and sends the code to moto's STS.
    @Test func assumeRoleWithMFAAsksTheSessionsProvider() async throws {
        let moto = try await MotoServer.shared.endpointURL()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let role = Moto.uniqueName("mfa-role")
        let config = try folder.write("config", """
            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/\(role)
            source_profile = base
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            role_session_name = mfa-session
            region = us-east-1
            """)
        let credentials = try folder.write("credentials", """
            [base]
            aws_access_key_id = AKIDBASEEXAMPLE
            aws_secret_access_key = base-secret
            """)
        let environment = isolatedEnvironment(folder, ["AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": credentials,
                                                       "AWS_ENDPOINT_URL_STS": moto])
        let asked = Mutex<[String]>([])
        let session = try Session(profile: "admin", mfaTokenProvider: { serial in
            asked.withLock { $0.append(serial) }
            return "123456"
        }, environment: environment)
        let identity = try await session.client("sts").getCallerIdentity()
        #expect(identity["Arn"]?.string == "arn:aws:sts::123456789012:assumed-role/\(role)/mfa-session")
        #expect(asked.withLock { $0 } == ["arn:aws:iam::123456789012:mfa/alice"])

        let withoutProvider = try Session(profile: "admin", environment: environment)
        await #expect {
            _ = try await withoutProvider.credentials()
        } throws: { error in
            (error as? CredentialsError)?.code == .mfaRequired && "\(error)".contains("Pass mfaTokenProvider: to Session")
        }
    }

    @Test func webIdentityTokenGetsCredentialsFromSTSAndSignsWithThem() async throws {
        let moto = try await MotoServer.shared.endpointURL()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let role = Moto.uniqueName("web-role")
        let token = try folder.write("token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl")
        let environment = isolatedEnvironment(folder, [
            "AWS_WEB_IDENTITY_TOKEN_FILE": token, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/\(role)",
            "AWS_ROLE_SESSION_NAME": "web-session", "AWS_ENDPOINT_URL": moto,
        ])
        let session = try Session(region: "us-east-1", environment: environment)
        let assumed = try await session.credentials()
        #expect(assumed.accessKeyID.hasPrefix("ASIA"))
        #expect(assumed.sessionToken?.isEmpty == false)

        let identity = try await session.client("sts").getCallerIdentity()
        #expect(identity["Arn"]?.string == "arn:aws:sts::123456789012:assumed-role/\(role)/web-session")
    }

    /// An STS GetCallerIdentity answer, so a client can make a signed call to the local server.
    private static let callerIdentity = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult><Arn>arn:aws:sts::123456789012:assumed-role/local/x</Arn><UserId>AROAEXAMPLE:x</UserId><Account>123456789012</Account></GetCallerIdentityResult>
          <ResponseMetadata><RequestId>local-request</RequestId></ResponseMetadata>
        </GetCallerIdentityResponse>
        """

    @Test func containerCredentialsComeFromALoopbackFullURIWithTheToken() async throws {
        let server = try LocalHTTPServer { request in
            switch (request.method, request.path) {
            case ("GET", "/v2/credentials/task"):
                guard request.headers["authorization"] == "container-token" else { return .init(status: 401, body: "no token") }
                return .init(status: 200, headers: [("Content-Type", "application/json")], body: """
                    {"AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "container-secret", "Token": "container-session",
                     "Expiration": "2099-01-01T00:00:00Z", "AccountId": "123456789012"}
                    """)
            case ("POST", "/"):
                return .init(status: 200, headers: [("Content-Type", "text/xml")], body: Self.callerIdentity)
            default:
                return .init(status: 404)
            }
        }
        defer { server.stop() }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let environment = isolatedEnvironment(folder, [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/v2/credentials/task",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "container-token",
        ])
        let session = try Session(region: "us-east-1", environment: environment)
        let credentials = try await session.credentials()
        #expect(credentials.accessKeyID == "ASIACONTAINER")
        #expect(credentials.sessionToken == "container-session")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 4_070_908_800))
        #expect(credentials.accountID == "123456789012")

        let identity = try await session.client("sts", endpointURL: server.baseURL).getCallerIdentity()
        #expect(identity["Account"]?.string == "123456789012")
        let signed = try #require(server.requests.last)
        #expect(signed.headers["authorization"]?.contains("Credential=ASIACONTAINER/") == true)
        #expect(signed.headers["x-amz-security-token"] == "container-session")
        #expect(server.requests.filter { $0.path == "/v2/credentials/task" }.count == 1)
    }

    @Test func instanceMetadataV2CredentialsUseTheSessionToken() async throws {
        let server = try LocalHTTPServer { request in
            let tokenOK = request.headers["x-aws-ec2-metadata-token"] == "imds-token"
            switch (request.method, request.path) {
            case ("PUT", "/latest/api/token"):
                guard request.headers["x-aws-ec2-metadata-token-ttl-seconds"] == "21600" else { return .init(status: 400) }
                return .init(status: 200, body: "imds-token")
            case ("GET", "/latest/meta-data/iam/security-credentials/"):
                return tokenOK ? .init(status: 200, body: "instance-role") : .init(status: 401)
            case ("GET", "/latest/meta-data/iam/security-credentials/instance-role"):
                return tokenOK ? .init(status: 200, body: """
                    {"Code": "Success", "Type": "AWS-HMAC", "AccessKeyId": "ASIAINSTANCE", "SecretAccessKey": "instance-secret",
                     "Token": "instance-session", "Expiration": "2099-01-01T00:00:00Z"}
                    """) : .init(status: 401)
            case ("POST", "/"):
                return .init(status: 200, headers: [("Content-Type", "text/xml")], body: Self.callerIdentity)
            default:
                return .init(status: 404)
            }
        }
        defer { server.stop() }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let environment = isolatedEnvironment(folder, ["AWS_EC2_METADATA_DISABLED": "false",
                                                       "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL + "/"])
        let session = try Session(region: "us-east-1", environment: environment)
        let credentials = try await session.credentials()
        #expect(credentials.accessKeyID == "ASIAINSTANCE")
        #expect(credentials.secretAccessKey == "instance-secret")
        #expect(credentials.sessionToken == "instance-session")
        #expect(server.requests.map { "\($0.method) \($0.path)" } == [
            "PUT /latest/api/token",
            "GET /latest/meta-data/iam/security-credentials/",
            "GET /latest/meta-data/iam/security-credentials/instance-role",
        ])

        _ = try await session.client("sts", endpointURL: server.baseURL).getCallerIdentity()
        let signed = try #require(server.requests.last)
        #expect(signed.headers["authorization"]?.contains("Credential=ASIAINSTANCE/") == true)
        #expect(signed.headers["x-amz-security-token"] == "instance-session")
    }
}
