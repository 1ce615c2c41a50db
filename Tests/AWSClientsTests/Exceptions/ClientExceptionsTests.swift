import Foundation
import Synchronization
import Testing
import AWSTesting
@testable import AWSClients

/// `client.exceptions`: every modeled error of S3 and DynamoDB, found by walking their models,
/// matches the `ClientError` the client parses from a response of that error.
@Suite struct ClientExceptionsTests {
    /// The modeled errors of `model`: shape name and code.
    static func modeledErrors(_ model: ServiceModel) -> [(name: String, code: String)] {
        model.shapeNames.sorted().compactMap { name in model.shape(named: name)?.errorCode.map { (name, $0) } }
    }

    /// A response of error `code` in the service's protocol.
    static func errorResponse(service: String, code: String) -> HTTPResponse {
        switch service {
        case "s3":
            return HTTPResponse(statusCode: 400, headers: HTTPHeaders([("Content-Type", "application/xml")]),
                                body: Data("<Error><Code>\(code)</Code><Message>m</Message><RequestId>r</RequestId></Error>".utf8))
        default:
            return HTTPResponse(statusCode: 400, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0")]),
                                body: Data(#"{"__type":"com.amazonaws.dynamodb.v20120810#\#(code)","message":"m"}"#.utf8))
        }
    }

    static func call(_ client: Client, service: String) async throws {
        if service == "s3" { _ = try await client.putObject(Bucket: "b", Key: "k") } else { _ = try await client.describeTable(TableName: "t") }
    }

    @Test(arguments: ["s3", "dynamodb"])
    func everyModeledErrorMatchesItsClientError(service: String) async throws {
        let code = Mutex("")
        let transport = StubTransport { _ in Self.errorResponse(service: service, code: code.withLock { $0 }) }
        let client = try TestClients.client(service, transport: transport, config: Config(retries: RetryConfig(totalMaxAttempts: 1)))
        let errors = Self.modeledErrors(client.meta.serviceModel)
        #expect(errors.count >= (service == "s3" ? 10 : 20), "walked the model: \(errors.map(\.name))")
        #expect(client.exceptions.names == errors.map(\.name))
        for error in errors {
            code.withLock { $0 = error.code }
            let handle = client.exceptions[dynamicMember: error.name]
            #expect(handle.isModeled && handle.code == error.code)
            do {
                try await Self.call(client, service: service)
                Issue.record("\(error.name): no error thrown")
            } catch handle {
                // matched as a catch pattern
            } catch {
                Issue.record("\(service).exceptions.\(handle.name) did not match \(error)")
            }
            do {
                try await Self.call(client, service: service)
            } catch let thrown as ClientError {
                #expect(thrown.matches(handle), "\(error.name)")
                let others = errors.filter { $0.code != error.code }.map { client.exceptions[dynamicMember: $0.name] }
                #expect(others.allSatisfy { !thrown.matches($0) }, "\(error.name) matches no other error")
            }
        }
    }

    /// SQS is query-compatible: the code is the query error's, the class botocore picks is the shape's.
    @Test func queryCompatibleErrorsMatchByShapeName() async throws {
        let transport = StubTransport { _ in
            HTTPResponse(statusCode: 400, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0"),
                                                               ("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")]),
                         body: Data(#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}"#.utf8))
        }
        let sqs = try TestClients.client("sqs", transport: transport)
        do {
            _ = try await sqs.getQueueUrl(QueueName: "gone")
            Issue.record("no error thrown")
        } catch sqs.exceptions.QueueDoesNotExist {
            // botocore: client.exceptions.QueueDoesNotExist
        } catch {
            Issue.record("not matched: \(error)")
        }
        let error = await #expect(throws: ClientError.self) { _ = try await sqs.getQueueUrl(QueueName: "gone") }
        #expect(error?.code == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(error?.matches(sqs.exceptions.QueueDoesNotExist) == true)
    }

    @Test func unknownNameIsReportedNotSilentlyMatched() throws {
        let client = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let handle = client.exceptions.NoSuchKeyy
        #expect(!handle.isModeled)
        #expect(handle.suggestions.first == "NoSuchKey")
        #expect(handle.description.contains("not a modeled error of s3") && handle.description.contains("Did you mean: NoSuchKey"))
        let error = #expect(throws: UnknownErrorNameError.self) { try client.exceptions.named("NoSuchKeyy") }
        #expect(error?.description == "'s3' has no modeled error 'NoSuchKeyy'. Did you mean: NoSuchKey?")
        #expect(try client.exceptions.named("NoSuchKey").isModeled)
        #expect(!handle.matches(ClientError(code: "NoSuchKey", message: "", statusCode: 404, requestID: nil, operation: "GetObject", response: [:])))
    }

    /// Every `<client>.exceptions.<Name>` written in the README and the DocC articles names a modeled
    /// error: a misspelled name in an example would match nothing silently.
    @Test func exceptionNamesInTheDocsAreModeled() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var files = [root.appendingPathComponent("README.md")]
        for catalog in ["Sources/Clients/AWSClients.docc", "Sources/Resources/AWSResources.docc", "Sources/Testing/AWSTesting.docc"] {
            let folder = root.appendingPathComponent(catalog)
            files += (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?.filter { $0.pathExtension == "md" } ?? []
        }
        let services = ["s3c": "s3", "s3": "s3", "S3": "s3", "dynamodb": "dynamodb", "DynamoDB": "dynamodb", "sqs": "sqs", "SQS": "sqs"]
        let pattern = try NSRegularExpression(pattern: #"\b([A-Za-z0-9]+)\.exceptions\.([A-Za-z0-9_]+)"#)
        var checked = 0
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let owner = Range(match.range(at: 1), in: text).map({ String(text[$0]) }), let service = services[owner],
                      let name = Range(match.range(at: 2), in: text).map({ String(text[$0]) }) else { continue }
                let model = try ModelLoader.shared.serviceModel(service)
                #expect(model.shape(named: name)?.isException == true, "\(file.lastPathComponent): \(owner).exceptions.\(name) is not a modeled error of \(service)")
                checked += 1
            }
        }
        #expect(checked > 0, "the docs show client.exceptions")
    }
}
