import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Every case of Fixtures/handlers/botocore-handlers.json (written by Tests/Differential/botocore_handlers.py
/// with botocore 1.43.11): the same call made here must send what botocore sent (method, URL, headers
/// with the signature, body), raise what it raised, or presign the same URL. Bodies of JSON requests
/// are compared as JSON, and their signatures (over botocore's differently spaced JSON) are not compared;
/// a case's `ignore` list leaves out headers that differ for reasons outside the handlers.
///
/// Services other than the ten bundled ones need their models on `AWS_DATA_PATH` until every model
/// is bundled. No server is involved (the name avoids scripts/test's `Differential` moto convention).
@Suite struct BotocoreHandlerComparisonTests {
    @Test func fixtureIsComplete() {
        #expect(BotocoreHandlerFixture.cases.count >= 50)
    }

    @Test(arguments: BotocoreHandlerFixture.cases)
    func matchesBotocore(_ testCase: BotocoreHandlerCase) async throws {
        let status = testCase.responseStatus, headers = testCase.responseHeaders, body = Data(testCase.responseBody.utf8)
        let transport = StubTransport { _ in HTTPResponse(statusCode: status, headers: headers, body: body) }
        let client = try BotocoreHandlerFixture.client(for: testCase, transport: transport)
        if let expectedURL = testCase.presignedURL {
            let url = try client.generatePresignedURL(testCase.operation, params: testCase.params, expiresIn: 3600,
                                                      httpMethod: testCase.httpMethod, date: BotocoreHandlerFixture.date)
            #expect(url.absoluteString == expectedURL)
            return
        }
        var thrown: (any Error)?
        do {
            _ = try await client.call(testCase.operation, testCase.params)
        } catch {
            thrown = error
        }
        if testCase.expectsEarlyError {
            let error = try #require(thrown, "botocore raised \(testCase.errorClass ?? "?") before sending")
            #expect(transport.requests.isEmpty)
            #expect("\(error)".contains(testCase.errorMessage ?? "?"), "\(error)")
            return
        }
        if testCase.expectsClientError {
            let error = try #require(thrown as? ClientError, "expected a ClientError, got \(String(describing: thrown))")
            #expect(error.description == testCase.errorMessage)
            #expect(error.response["Error"] == testCase.errorFields)
        }
        let request = try #require(transport.requests.first, "nothing was sent; the call threw \(String(describing: thrown))")
        let expected = try #require(testCase.sent)
        #expect(request.method == expected.method)
        #expect(request.url.absoluteString == expected.url)
        var ours = BotocoreHandlerFixture.comparableHeaders(request)
        var theirs = expected.headers
        if let json = BotocoreHandlerFixture.json(expected.body), case .object = json {
            #expect(BotocoreHandlerFixture.json(request.bodyText) == json, "body \(request.bodyText)")
            ours["authorization"] = BotocoreHandlerFixture.unsignedPart(ours["authorization"])
            theirs["authorization"] = BotocoreHandlerFixture.unsignedPart(theirs["authorization"])
        } else {
            #expect(request.bodyText == expected.body)
        }
        if !testCase.ignoredHeaders.isEmpty {
            for name in testCase.ignoredHeaders { ours[name] = nil; theirs[name] = nil }
            ours["authorization"] = BotocoreHandlerFixture.unsignedPart(ours["authorization"])
            theirs["authorization"] = BotocoreHandlerFixture.unsignedPart(theirs["authorization"])
        }
        #expect(ours == theirs)
    }
}
