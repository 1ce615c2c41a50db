import Foundation
import Testing
@testable import AWSClients

/// Clock-skew correction: the rule (which errors count, the 4-minute threshold) and, against a
/// local server whose clock runs an hour ahead, the corrected signing clock, the one retry, and
/// the correction kept for every client of the session.
@Suite struct ClockSkewTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func headers(serverOffset: TimeInterval?) -> HTTPHeaders {
        var headers = HTTPHeaders()
        if let serverOffset { headers["Date"] = TimestampFormat.rfc822.format(now.addingTimeInterval(serverOffset)) }
        return headers
    }

    @Test(arguments: [
        // Definite codes: corrected whatever the difference, when the server says its time.
        (403, "RequestTimeTooSkewed", 3600.0, 3600.0),
        (400, "RequestExpired", -900, -900),
        (400, "RequestInTheFuture", 60, 60),
        // Possible codes and 401/403: only from 4 minutes on.
        (400, "InvalidSignatureException", 240, 240),
        (400, "InvalidSignatureException", 239, nil),
        (403, "SignatureDoesNotMatch", -1200, -1200),
        (401, "AuthFailure", 300, 300),
        (403, "AccessDenied", 600, 600),
        (403, nil, -600, -600),
        (400, "ValidationException", 3600, nil),
        (500, "InternalError", 3600, nil),
    ] as [(Int, String?, TimeInterval, TimeInterval?)])
    func rule(status: Int, code: String?, serverOffset: TimeInterval, correction: TimeInterval?) {
        #expect(ClockSkewRules.correction(statusCode: status, errorCode: code, headers: Self.headers(serverOffset: serverOffset),
                                          clientTime: Self.now) == correction)
    }

    @Test func noDateHeaderNoCorrection() {
        #expect(ClockSkewRules.correction(statusCode: 403, errorCode: "RequestTimeTooSkewed", headers: Self.headers(serverOffset: nil),
                                          clientTime: Self.now) == nil)
    }

    @Test func signingClockAccumulatesCorrections() {
        let clock = SigningClock(base: { Self.now })
        #expect(clock.correct(statusCode: 403, errorCode: "RequestTimeTooSkewed", headers: Self.headers(serverOffset: 3600)))
        #expect(clock.offset == 3600 && clock.now() == Self.now.addingTimeInterval(3600))
        // Now in step with the server: a signature error is a signature error.
        #expect(!clock.correct(statusCode: 403, errorCode: "SignatureDoesNotMatch", headers: Self.headers(serverOffset: 3600)))
        #expect(clock.offset == 3600)
    }

    /// A server an hour ahead that refuses requests whose `X-Amz-Date` is more than 5 minutes off
    /// its clock: with `code` in JSON (CloudWatch Logs) or XML (S3), and its `Date`.
    static func skewedServer(ahead: TimeInterval = 3600, alwaysRefuse: Bool = false) throws -> LocalHTTPServer {
        try LocalHTTPServer { request in
            let serverNow = Date().addingTimeInterval(ahead)
            let date = TimestampFormat.rfc822.format(serverNow)
            let signed = request.headers["x-amz-date"].flatMap(Self.parseAmzDate) ?? .distantPast
            guard alwaysRefuse || abs(signed.timeIntervalSince(serverNow)) > 300 else {
                let isS3 = request.headers["content-type"]?.contains("json") != true
                return .init(status: 200, headers: [("Date", date), ("Content-Type", isS3 ? "application/xml" : "application/x-amz-json-1.1")],
                             body: isS3 ? "<ListAllMyBucketsResult><Buckets></Buckets></ListAllMyBucketsResult>" : "{}")
            }
            if request.headers["content-type"]?.contains("json") == true {
                return .init(status: 400, headers: [("Date", date), ("Content-Type", "application/x-amz-json-1.1")],
                             body: #"{"__type":"InvalidSignatureException","message":"Signature expired"}"#)
            }
            return .init(status: 403, headers: [("Date", date), ("Content-Type", "application/xml")],
                         body: "<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the "
                            + "current time is too large.</Message></Error>")
        }
    }

    static func parseAmzDate(_ text: String) -> Date? {
        guard text.count == 16 else { return nil }
        let t = Array(text)
        let iso = "\(String(t[0..<4]))-\(String(t[4..<6]))-\(String(t[6..<8]))T\(String(t[9..<11])):\(String(t[11..<13])):\(String(t[13..<15]))Z"
        return TimestampFormat.parse(iso)
    }

    static func session(_ server: LocalHTTPServer) throws -> Session {
        try Session(region: "us-east-1", credentials: TestClients.credentials,
                    environment: TestClients.environment.merging(["AWS_ENDPOINT_URL": server.baseURL]) { $1 })
    }

    @Test func skewedClockIsCorrectedTheCallRetriedOnceAndEveryClientOfTheSessionKeepsIt() async throws {
        let server = try Self.skewedServer()
        defer { server.stop() }
        let session = try Self.session(server)
        let start = Date()
        _ = try await session.client("logs").describeLogGroups()
        // The server's Date has whole seconds, and the response took its time to be read.
        let elapsed = Date().timeIntervalSince(start)
        #expect(server.requests.count == 2)
        #expect(session.clockOffset > 3600 - elapsed - 1 && session.clockOffset < 3601)

        // Another client of the session signs with the corrected clock: its first request is accepted.
        let s3 = try session.client("s3", config: Config(s3: S3Config(addressingStyle: .path)))
        _ = try await s3.listBuckets()
        #expect(server.requests.count == 3)
    }

    @Test func definiteSkewErrorFromS3IsCorrected() async throws {
        let server = try Self.skewedServer(ahead: -1800)
        defer { server.stop() }
        let session = try Self.session(server)
        let start = Date()
        _ = try await session.client("s3", config: Config(s3: S3Config(addressingStyle: .path))).listBuckets()
        let elapsed = Date().timeIntervalSince(start)
        #expect(server.requests.count == 2)
        #expect(session.clockOffset > -1800 - elapsed - 1 && session.clockOffset < -1799)
    }

    @Test func aSkewErrorThatPersistsIsThrownAfterOneRetry() async throws {
        let server = try Self.skewedServer(alwaysRefuse: true)
        defer { server.stop() }
        let session = try Self.session(server)
        await #expect {
            _ = try await session.client("s3", config: Config(s3: S3Config(addressingStyle: .path))).listBuckets()
        } throws: { error in
            (error as? ClientError)?.code == "RequestTimeTooSkewed"
        }
        #expect(server.requests.count == 2)
    }

    @Test func signatureErrorWithoutSkewIsNotRetried() async throws {
        let server = try LocalHTTPServer { _ in
            .init(status: 400, headers: [("Date", TimestampFormat.rfc822.format(Date())), ("Content-Type", "application/x-amz-json-1.1")],
                  body: #"{"__type":"InvalidSignatureException","message":"The request signature we calculated does not match"}"#)
        }
        defer { server.stop() }
        let session = try Self.session(server)
        await #expect(throws: ClientError.self) { _ = try await session.client("logs").describeLogGroups() }
        #expect(server.requests.count == 1)
        #expect(session.clockOffset == 0)
    }
}
