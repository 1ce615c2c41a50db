import Foundation
import Testing
@testable import AWSClients
import AWSTesting

@Suite struct ClientPaginatorTests {
    @Test(arguments: ["listObjectsV2", "ListObjectsV2", "list_objects_v2"])
    func canPaginateTakesAnySpelling(_ name: String) throws {
        let s3 = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        #expect(s3.canPaginate(name))
        let paginator: Paginator = s3.paginator(name)
        #expect(paginator.operationName == "ListObjectsV2")
    }

    @Test func operationsWithoutPaginatorsCannotPaginate() async throws {
        let s3 = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        #expect(!s3.canPaginate("putObject"))
        #expect(!s3.canPaginate("noSuchThing"))
        #expect(!s3.paginator("putObject").isValid)
        // Building the sequence never throws (DESIGN.md's `for try await page in s3.paginator(...).paginate(...)`);
        // the first `next()` does, before any request.
        let notPageable = await #expect(throws: PaginationError.self) {
            _ = try await PaginatorStubs.collect(s3.paginator("putObject").paginate(Bucket: "b"))
        }
        #expect(notPageable?.code == .operationNotPageable)
        #expect(notPageable?.message.hasPrefix("Operation cannot be paginated: putObject.") == true)
        let misspelled = await #expect(throws: PaginationError.self) {
            _ = try await PaginatorStubs.collect(s3.paginator("listObjectV2").paginate(Bucket: "b"))
        }
        #expect(misspelled?.suggestions.first == "listObjectsV2")
        #expect(misspelled?.message.contains("Did you mean: listObjectsV2") == true)
    }

    @Test func paginatorDescribesItsModel() throws {
        let s3 = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let paginator = s3.paginator("listObjects")
        #expect(paginator.inputTokens == ["Marker"])
        #expect(paginator.outputTokens == ["NextMarker || Contents[-1].Key"])
        #expect(paginator.resultKeys == ["Contents", "CommonPrefixes"])
        #expect(paginator.limitKey == "MaxKeys")
    }

    @Test func badPaginationConfigsFailBeforeAnyRequest() async throws {
        let transport = StubTransport { _ in HTTPResponse(statusCode: 500) }
        let s3 = try TestClients.client("s3", transport: transport)
        let paginator = s3.paginator("listObjectsV2")
        let unknown = await #expect(throws: PaginationError.self) {
            _ = try await PaginatorStubs.collect(paginator.paginate(Bucket: "b", PaginationConfig: ["PageSise": 5]))
        }
        #expect(unknown?.code == .invalidConfig)
        #expect(unknown?.suggestions == ["PageSize"])
        await #expect(throws: PaginationError.self) {
            _ = try await PaginatorStubs.collect(paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": "many"]))
        }
        await #expect(throws: PaginationError.self) {
            _ = try await PaginatorStubs.collect(paginator.paginate(Bucket: "b", PaginationConfig: ["StartingToken": 5]))
        }
        await #expect(throws: ParamValidationError.self) { _ = try await PaginatorStubs.collect(paginator.paginate("b")) }
        await #expect(throws: ParamValidationError.self) {
            _ = try await PaginatorStubs.collect(paginator.paginate(Bucket: "b", "positional"))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func pageSizeNeedsALimitKey() throws {
        // SQS ListQueues has a limit key, but a model without one must refuse PageSize as botocore does.
        let config = try PaginatorConfiguration(operationName: "ListObjectsV2",
                                                definition: try JSONValue.parse(#"{"input_token":"ContinuationToken","output_token":"NextContinuationToken","result_key":"Contents"}"#))
        let operation = try ModelLoader.shared.serviceModel("s3").operation("ListObjectsV2")
        let error = #expect(throws: PaginationError.self) { try PaginationConfig(["PageSize": 10], configuration: config, operation: operation) }
        #expect(error?.message.hasPrefix("PageSize parameter is not supported for the pagination interface for this operation") == true)
    }

    @Test func parameterMapsWorkLikeKeywordArguments() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.listObjectsV2(keys: ["a"], truncated: false)])
        let s3 = try TestClients.client("s3", transport: transport)
        let pages = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(["Bucket": "b", "Prefix": "p"]))
        #expect(pages.count == 1)
        #expect(PaginatorStubs.query(try #require(transport.requests.first))["prefix"] == "p")
    }
}
