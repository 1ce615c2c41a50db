import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Requests this SDK builds compared with the ones botocore 1.43.11 builds for the same call:
/// signing choices (unsigned, SigV4, S3's payload rule, SigV2, bearer tokens), endpoints.json
/// credential scopes, STS regional endpoints, host prefixes, request compression and account-id
/// endpoints. The expected requests are in Fixtures/botocore-requests/requests.json, written by
/// `Tests/Differential/botocore_requests.py` with time frozen at 2026-05-17T12:34:56Z.
///
/// Method, URL, every header botocore sends (but `User-Agent` and its retry headers) and the
/// body must match byte for byte; this SDK may add only `User-Agent` and `Content-Length`. Where
/// botocore fails, this SDK must fail the same way, at client creation or on the call.
@Suite struct BotocoreRequestTests {
    static let fixture: Document? = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
            .appendingPathComponent("botocore-requests/requests.json"),
              let data = try? Data(contentsOf: url), let parsed = try? JSONValue.parse(data) else { return nil }
        return parsed.document
    }()

    static let cases: [BotocoreRequestCase] = (fixture?["cases"]?.array ?? []).compactMap(BotocoreRequestCase.init)

    /// 2026-05-17T12:34:56Z, the time the fixture was generated at.
    static let date = Date(timeIntervalSince1970: 1_779_021_296)

    @Test func fixtureIsPresent() {
        #expect(Self.fixture?["botocore"]?.string == "1.43.11")
        #expect(Self.cases.count >= 50)
    }

    @Test(arguments: cases)
    func sameAsBotocore(_ testCase: BotocoreRequestCase) async throws {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/xml"], body: Data()) }
        let outcome: Result<Client, any Error> = Result { try testCase.client(transport: stub, date: Self.date) }
        if let presign = testCase.presignExpires {
            let url = Result { try outcome.get().generatePresignedURL(testCase.operation, params: testCase.params, expiresIn: presign,
                                                                      httpMethod: nil, date: Self.date) }
            if let expectedURL = testCase.expected["presignedURL"]?.string {
                #expect(try url.get().absoluteString == expectedURL, "\(testCase.name)")
            } else {
                try expectFailure(url.map { _ in () }, like: testCase)
            }
            return
        }
        var callResult: Result<Void, any Error> = .success(())
        switch outcome {
        case .success(let client):
            do { _ = try await client.call(testCase.operation, testCase.params) } catch { callResult = .failure(error) }
        case .failure(let error):
            callResult = .failure(error)
        }
        guard let expected = testCase.expected["request"] else {
            #expect(stub.requests.isEmpty, "\(testCase.name): botocore sent nothing")
            try expectFailure(callResult, like: testCase)
            return
        }
        let request = try #require(stub.requests.first, "\(testCase.name): no request was sent (\(callResult))")
        compare(request, with: expected, name: testCase.name)
    }

    private func compare(_ request: HTTPRequest, with expected: Document, name: String) {
        #expect(request.method == expected["method"]?.string, "\(name): method")
        #expect(request.url.absoluteString == expected["url"]?.string, "\(name): URL")
        var body = request.body.inMemoryData ?? Data()
        if case .awsChunked(let chunked) = request.body {
            body = (try? chunked.encodedData()) ?? Data()
            #expect(chunked.encodedLength == Int64(body.count), "\(name): the framed length")
        }
        let expectedBody = Data(base64Encoded: expected["body"]?.string ?? "") ?? Data()
        #expect(body == expectedBody, "\(name): body\n  ours:     \(String(decoding: body, as: UTF8.self))\n  botocore: \(String(decoding: expectedBody, as: UTF8.self))")
        // botocore sends `Expect: 100-continue` with every S3 upload; this SDK only from 1 MiB (S3ExpectContinue).
        let expectedHeaders = (expected["headers"]?.dictionary ?? [:]).filter { !$0.key.caseInsensitiveEquals("Expect") }
        for (header, value) in expectedHeaders.sorted(by: { $0.key < $1.key }) {
            // botocore frames aws-chunked bodies with chunked transfer coding (it cannot know their
            // length); this SDK knows it, and its transports send it as the Content-Length.
            if header.caseInsensitiveEquals("Transfer-Encoding"), value.string == "chunked", case .awsChunked = request.body {
                #expect(request.headers[header] == nil && request.headers["Content-Length"] == nil, "\(name): framing left to the transport")
                continue
            }
            if header.caseInsensitiveEquals("Content-Length"), request.headers[header] == nil {
                #expect(String(body.count) == value.string, "\(name): Content-Length")
                continue
            }
            #expect(request.headers[header] == value.string, "\(name): header \(header)")
        }
        BotocoreFixtureRetryHeaders.expectForm(request, name)
        let allowedExtras = BotocoreFixtureRetryHeaders.names.union(["user-agent", "content-length"])
        for field in request.headers.fields where !allowedExtras.contains(field.name.lowercased()) {
            #expect(expectedHeaders.keys.contains { $0.caseInsensitiveEquals(field.name) },
                    "\(name): botocore sends no \(field.name) (ours: \(field.value))")
        }
    }

    /// This SDK fails where botocore failed, with the matching kind of error.
    private func expectFailure(_ result: Result<Void, any Error>, like testCase: BotocoreRequestCase) throws {
        let botocoreError = testCase.expected["error"]?.string ?? ""
        guard case .failure(let error) = result else {
            Issue.record("\(testCase.name): botocore fails (\(botocoreError)), this SDK did not")
            return
        }
        let text = "\(error)"
        switch botocoreError.prefix(while: { $0 != ":" }) {
        case "UnknownSignatureVersionError":
            #expect(error is ConfigError && text.contains(testCase.config?.signatureVersion?.description ?? "?"), "\(testCase.name): \(text)")
        case "InvalidSTSRegionalEndpointsConfigError":
            #expect(error is ConfigError && text.contains("sts_regional_endpoints"), "\(testCase.name): \(text)")
        case "NoAuthTokenError":
            #expect((error as? SigningError)?.code == .noAuthToken, "\(testCase.name): \(text)")
        case "UnsupportedSignatureVersionError":
            #expect((error as? SigningError)?.code == .unsupportedAuth, "\(testCase.name): \(text)")
        case "EndpointResolutionError":
            let message = botocoreError.drop { $0 != ":" }.dropFirst(2)
            #expect(error is EndpointError && text.contains(message), "\(testCase.name): \(text)")
        default:
            Issue.record("\(testCase.name): no mapping for botocore's \(botocoreError); this SDK threw \(text)")
        }
    }
}

/// One case of the fixture: the call, and what botocore did with it.
struct BotocoreRequestCase: Sendable, CustomTestStringConvertible {
    let name: String
    let spec: Document
    let expected: Document

    init?(_ entry: Document) {
        guard let spec = entry["case"], let name = spec["name"]?.string, let expected = entry["botocore"] else { return nil }
        self.name = name
        self.spec = spec
        self.expected = expected
    }

    var testDescription: String { name }
    var service: String { spec["service"]?.string ?? "" }
    var operation: String { spec["operation"]?.string ?? "" }
    var presignExpires: Int? { spec["presign"]?.int }
    var params: Document { Self.blobs(spec["params"] ?? [:]) }

    /// `{"__blob__": base64}` markers as `.blob`.
    static func blobs(_ value: Document) -> Document {
        switch value {
        case .map(let entries):
            if entries.count == 1, let encoded = entries["__blob__"]?.string { return .blob(Data(base64Encoded: encoded) ?? Data()) }
            return .map(entries.mapValues(blobs))
        case .list(let items): return .list(items.map(blobs))
        default: return value
        }
    }

    /// The case's `Config`, from botocore's option names.
    var config: Config? {
        guard let spec = spec["config"] else { return nil }
        var config = Config()
        if let version = spec["signature_version"]?.string { config.signatureVersion = version == "UNSIGNED" ? .unsigned : SignatureVersion(version) }
        config.authSchemePreference = spec["auth_scheme_preference"]?.array?.compactMap(\.string)
        config.injectHostPrefix = spec["inject_host_prefix"]?.bool
        config.requestMinCompressionSizeBytes = spec["request_min_compression_size_bytes"]?.int
        config.disableRequestCompression = spec["disable_request_compression"]?.bool
        config.accountIDEndpointMode = spec["account_id_endpoint_mode"]?.string
        config.requestChecksumCalculation = spec["request_checksum_calculation"]?.string.flatMap(ChecksumPolicy.init(rawValue:))
        config.sigv4aSigningRegionSet = spec["sigv4a_signing_region_set"]?.string
        if let s3 = spec["s3"] { config.s3 = S3Config(payloadSigningEnabled: s3["payload_signing_enabled"]?.bool) }
        return config
    }

    var credentials: Credentials {
        let given = spec["credentials"]
        return Credentials(accessKeyID: given?["accessKeyID"]?.string ?? "AKIDEXAMPLE",
                           secretAccessKey: given?["secretAccessKey"]?.string ?? "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                           sessionToken: given?["sessionToken"]?.string, accountID: given?["accountID"]?.string)
    }

    /// A client built as `Session.client` builds one, with the case's environment and a fixed clock.
    func client(transport: StubTransport, date: Date) throws -> Client {
        var environment = TestClients.environment
        for (key, value) in spec["environment"]?.dictionary ?? [:] { environment[key] = value.string }
        let model = try ModelLoader.shared.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: environment)
        let effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service, endpointPrefix: model.metadata.endpointPrefix,
                                             region: spec["region"]?.string ?? "us-east-1", endpointURL: spec["endpointURL"]?.string,
                                             config: config)
        let credentials = self.credentials
        return try ClientFactory.make(model: model, config: effective, credentials: { credentials }, environment: environment,
                                      transport: transport, now: { date }, resolvedCredentials: { credentials })
    }
}
