import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// The client signs every request with SigV4, and nothing after signing changes what was signed.
@Suite struct ClientSigningTests {
    /// Signs a copy of the request as it left the client, at the time of its `X-Amz-Date`; the
    /// same `Authorization` proves the headers, URL and body were not altered after signing.
    /// `amz-sdk-invocation-id` and `amz-sdk-request` are the exception: they are added after
    /// signing and left unsigned, as botocore's `add_retry_headers` does.
    private func resign(_ request: HTTPRequest, service: String, region: String, options: SigV4Options) throws -> String? {
        let amzDate = try #require(request.headers["X-Amz-Date"])
        let date = try #require(TimestampFormat.parse(amzDate))
        var copy = request
        copy.headers["Authorization"] = nil
        #expect(copy.headers["amz-sdk-invocation-id"] != nil && copy.headers["amz-sdk-request"] != nil)
        copy.headers["amz-sdk-invocation-id"] = nil
        copy.headers["amz-sdk-request"] = nil
        try SigV4Signer(credentials: TestClients.credentials, region: region, service: service, options: options).sign(&copy, date: date)
        return copy.headers["Authorization"]
    }

    /// The header names listed after `SignedHeaders=`.
    private func signedHeaders(_ authorization: String) -> [String] {
        guard let range = authorization.range(of: "SignedHeaders=") else { return [] }
        let list = authorization[range.upperBound...].prefix { $0 != "," }
        return list.split(separator: ";").map(String.init)
    }

    @Test func s3RequestsAreSignedAndUnalteredAfterSigning() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub)
        _ = try await s3.putObject(Bucket: "b", Key: "dir/a file.txt", Body: .blob(Data("payload".utf8)),
                                   ContentType: "text/plain", Metadata: ["k": "v"])
        let request = try #require(stub.requests.first)
        let authorization = try #require(request.headers["Authorization"])
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"))
        #expect(authorization.contains("/us-east-1/s3/aws4_request"))
        let signed = signedHeaders(authorization)
        for name in ["host", "x-amz-date", "x-amz-content-sha256", "content-type", "x-amz-meta-k"] {
            #expect(signed.contains(name), "\(name) is signed: \(signed)")
        }
        for name in signed where name != "host" {
            #expect(request.headers[name] != nil, "signed header \(name) was sent")
        }
        // Plain HTTP: S3 signs the payload.
        #expect(request.headers["x-amz-content-sha256"] == SHA256.hash(data: Data("payload".utf8)).hexString)
        #expect(try resign(request, service: "s3", region: "us-east-1", options: .s3) == authorization)
    }

    @Test func queryAndJSONRequestsAreSignedAndUnaltered() async throws {
        let stub = StubTransport { request in
            request.headers["X-Amz-Target"] == nil
                ? Canned.xml(200, "<ListTopicsResponse><ListTopicsResult><Topics/></ListTopicsResult></ListTopicsResponse>")
                : Canned.json(200, "{}")
        }
        let sns = try TestClients.client("sns", transport: stub)
        _ = try await sns.listTopics(NextToken: "a b&c")
        let dynamodb = try TestClients.client("dynamodb", transport: stub)
        _ = try await dynamodb.listTables(Limit: 5)
        let requests = stub.requests
        #expect(requests.count == 2)
        for (request, service) in zip(requests, ["sns", "dynamodb"]) {
            let authorization = try #require(request.headers["Authorization"], "\(service) is signed")
            #expect(authorization.contains("/us-east-1/\(service)/aws4_request"))
            #expect(signedHeaders(authorization).contains("x-amz-date"))
            #expect(try resign(request, service: service, region: "us-east-1", options: .standard) == authorization, "\(service)")
        }
        #expect(signedHeaders(requests[1].headers["Authorization"] ?? "").contains("x-amz-target"))
    }

    @Test func sessionTokensAreSentAndSigned() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let credentials = Credentials(accessKeyID: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "the-token")
        let session = try Session(region: "us-east-1", credentials: credentials, environment: TestClients.environment, transport: stub)
        _ = try await session.client("s3", endpointURL: "http://127.0.0.1:1").putObject(Bucket: "b", Key: "k")
        let request = try #require(stub.requests.first)
        #expect(request.headers["X-Amz-Security-Token"] == "the-token")
        #expect(signedHeaders(request.headers["Authorization"] ?? "").contains("x-amz-security-token"))
    }

    @Test func unsignedOperationsCarryNoSignature() async throws {
        let stub = StubTransport { _ in
            Canned.xml(200, """
                <AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>
                <AccessKeyId>ASIA</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>
                <Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>
                """)
        }
        let sts = try TestClients.client("sts", transport: stub)
        let output = try await sts.assumeRoleWithWebIdentity(RoleArn: "arn:aws:iam::123456789012:role/r", RoleSessionName: "session",
                                                             WebIdentityToken: "token-value")
        #expect(output["Credentials"]?["AccessKeyId"]?.string == "ASIA")
        #expect(stub.requests.first?.headers["Authorization"] == nil)
    }

    @Test func theUserAgentNamesTheSDKAndEndsWithTheExtra() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub, config: Config(userAgentExtra: "app/1.0"))
        _ = try await s3.putObject(Bucket: "b", Key: "k")
        let agent = try #require(stub.requests.first?.headers["User-Agent"])
        #expect(agent.hasPrefix("swift-aws-resources/"))
        #expect(agent.contains(" ua/2.1 "))
        #expect(agent.hasSuffix(" app/1.0"))
    }
}
