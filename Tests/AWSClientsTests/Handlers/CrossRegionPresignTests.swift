import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

/// The presigned URLs of cross-region copies, beyond the fixed-clock comparison with botocore in
/// `BotocoreHandlerComparisonTests`: at the real clock the URL has botocore's structure and its
/// signature verifies; the client's awaited credentials are used; it is made once per call.
@Suite struct CrossRegionPresignTests {
    static let copy: Document = ["SourceRegion": "us-east-1", "SourceSnapshotId": "snap-123"]

    /// The form parameters of `request`'s body.
    static func form(_ request: HTTPRequest) -> FormBody { FormBody(request.bodyData) }

    /// The query parameters of `url`, decoded, in order.
    static func query(_ url: URL) -> [(name: String, value: String)] {
        SigV4Signer.firstValues(ofQuery: url.query ?? "")
    }

    @Test func presignedURLAtTheRealClockVerifies() async throws {
        let transport = HandlerClients.answering(body: "<CopySnapshotResponse/>")
        let ec2 = try HandlerClients.client("ec2", transport: transport, token: PresignFixtures.token, now: { Date() })
        _ = try await ec2.call("CopySnapshot", Self.copy)
        let body = Self.form(try #require(transport.requests.first))
        #expect(body["DestinationRegion"] == "us-west-2")
        let presigned = try #require(body["PresignedUrl"].flatMap { URL(string: $0) })
        #expect(presigned.scheme == "https" && presigned.host == "ec2.us-east-1.amazonaws.com" && presigned.path == "/")
        let query = Self.query(presigned)
        #expect(query.map(\.name) == ["Action", "Version", "SourceRegion", "SourceSnapshotId", "DestinationRegion",
                                      "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders",
                                      "X-Amz-Security-Token", "X-Amz-Signature"])
        let values = Dictionary(query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let stamp = try #require(values["X-Amz-Date"])
        let date = try #require(TimestampFormat.parse(stamp))
        #expect(abs(date.timeIntervalSinceNow) < 300)
        #expect(values["X-Amz-Credential"] == "\(PresignFixtures.accessKey)/\(stamp.prefix(8))/us-east-1/ec2/aws4_request")
        #expect(values["X-Amz-Expires"] == "3600" && values["X-Amz-SignedHeaders"] == "host")
        #expect(values["DestinationRegion"] == "us-west-2" && values["X-Amz-Security-Token"] == PresignFixtures.token)

        // Sign the operation parameters again at the URL's own X-Amz-Date: the same URL comes out.
        let operation = query.prefix { !$0.name.hasPrefix("X-Amz-") }
        var unsigned = URLComponents(url: presigned, resolvingAgainstBaseURL: false)
        unsigned?.percentEncodedQuery = String(decoding: FormBody(pairs: operation.map { ($0.name, $0.value) }).data, as: UTF8.self)
        let request = HTTPRequest(method: "GET", url: try #require(unsigned?.url))
        let signer = SigV4Signer(credentials: Credentials(accessKeyID: PresignFixtures.accessKey, secretAccessKey: PresignFixtures.secretKey,
                                                          sessionToken: PresignFixtures.token),
                                 region: "us-east-1", service: "ec2", options: SigV4Options())
        #expect(try signer.presign(request, expiresIn: 3600, date: date) == presigned)
    }

    @Test func credentialsThatMustBeAwaitedAreAwaited() async throws {
        let transport = HandlerClients.answering(body: "<X/>")
        let keys = Credentials(accessKeyID: "ASIAWAITED", secretAccessKey: "secret", sessionToken: "session")
        let rds = try HandlerClients.client("rds", transport: transport, credentials: {
            try await Task.sleep(nanoseconds: 1_000_000)
            return keys
        })
        _ = try? await rds.copyDBSnapshot(SourceRegion: "eu-west-1", SourceDBSnapshotIdentifier: "s", TargetDBSnapshotIdentifier: "t")
        let body = Self.form(try #require(transport.requests.first))
        #expect(body["SourceRegion"] == nil)
        let presigned = try #require(body["PreSignedUrl"].flatMap { URL(string: $0) })
        #expect(presigned.host == "rds.eu-west-1.amazonaws.com")
        #expect(Self.query(presigned).first { $0.name == "X-Amz-Credential" }?.value.hasPrefix("ASIAWAITED/") == true)
    }

    /// The clock moves on every reading: a URL made again for the retry would differ.
    @Test func aRetriedCallSendsTheSameURL() async throws {
        let transport = StubTransport(responses: [Canned.xml(500, "<Response><Errors><Error><Code>InternalError</Code></Error></Errors></Response>"),
                                                  Canned.xml(200, "<CopySnapshotResponse/>")])
        var config = Config()
        config.retries = RetryConfig(mode: .standard, totalMaxAttempts: 2)
        let readings = Mutex(0.0)
        let clock = { @Sendable () -> Date in
            HandlerClients.date.addingTimeInterval(readings.withLock { $0 += 1; return $0 })
        }
        let ec2 = try HandlerClients.client("ec2", transport: transport, config: config, now: clock)
        _ = try await ec2.call("CopySnapshot", Self.copy)
        let urls = transport.requests.map { Self.form($0)["PresignedUrl"] }
        #expect(urls.count == 2 && urls[0] != nil && urls[0] == urls[1])
        #expect(transport.requests[0].headers["X-Amz-Date"] != transport.requests[1].headers["X-Amz-Date"])
    }

    @Test func aCustomEndpointIsKeptAndSignedForTheSourceRegion() async throws {
        let transport = HandlerClients.answering(body: "<X/>")
        let ec2 = try HandlerClients.client("ec2", transport: transport, endpointURL: "http://127.0.0.1:5000")
        _ = try await ec2.call("CopySnapshot", Self.copy)
        let request = try #require(transport.requests.first)
        let presigned = try #require(Self.form(request)["PresignedUrl"].flatMap { URL(string: $0) })
        #expect(presigned.host == "127.0.0.1" && presigned.port == 5000)
        #expect(Self.query(presigned).first { $0.name == "X-Amz-Credential" }?.value.contains("/us-east-1/ec2/") == true)
    }

    @Test func withoutAPresignerTheCallFailsClearly() async throws {
        let model = try ModelLoader.shared.serviceModel("ec2")
        let configuration = try ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: [:])
            .resolve(serviceID: "EC2", endpointPrefix: "ec2", region: "us-west-2", endpointURL: nil, config: nil)
        let context = CustomizationContext(configuration: configuration, model: model)
        let form = FormBody(pairs: [("Action", "CopySnapshot"), ("SourceRegion", "us-east-1")])
        var request = HTTPRequest(method: "POST", url: try #require(URL(string: "https://ec2.us-west-2.amazonaws.com/")),
                                  body: .data(form.data))
        let error = await #expect(throws: PresigningError.self) {
            try await EC2CopySnapshotPresignedURL().prepareCall(&request, params: [:], operation: try model.operation("CopySnapshot"),
                                                                 context: context)
        }
        #expect(error?.message.contains("PresignedUrl") == true || error?.message.contains("presign") == true)
    }
}
