import Foundation
import Testing
@testable import AWSClients

/// The paginator rules on their own, with configurations the bundled models do not exercise.
@Suite struct PageCursorTests {
    static func configuration(_ json: String, operation: String = "ListThings") throws -> PaginatorConfiguration {
        try PaginatorConfiguration(operationName: operation, definition: try JSONValue.parse(json))
    }

    @Test func dottedResultKeysAreTruncatedInPlace() throws {
        let config = try Self.configuration(#"{"input_token":"Next","output_token":"Out.Next","result_key":"Out.Items"}"#)
        var options = PaginationConfig()
        options.maxItems = 2
        var cursor = try PageCursor(configuration: config, parameters: ["Name": "x"], config: options)
        #expect(cursor.parameters == ["Name": "x"])
        let page = try cursor.accept(["Out": ["Items": [1, 2, 3], "Next": "n1"]])
        #expect(page["Out"]?["Items"] == [1, 2])
        #expect(cursor.isFinished)
        let token = try #require(cursor.resumeToken)
        #expect(PaginationTokenTests.decodedJSON(token) == #"{"Next": null, "boto_truncate_amount": 2}"#)

        options.maxItems = nil
        options.startingToken = token
        var resumed = try PageCursor(configuration: config, parameters: [:], config: options)
        let rest = try resumed.accept(["Out": ["Items": [1, 2, 3], "Next": "n1"]])
        #expect(rest["Out"]?["Items"] == [3])
        #expect(resumed.parameters == ["Next": "n1"])
        #expect(!resumed.isFinished)
    }

    @Test func aCutInsideTheResumedPageCountsTheSkippedItemsToo() throws {
        // botocore: left truncation from the token plus what this pass kept of the same page.
        let config = try Self.configuration(#"{"input_token":"Next","output_token":"Next","result_key":"Items"}"#)
        var options = PaginationConfig()
        options.maxItems = 1
        options.startingToken = PaginationToken([.init(name: "Next", value: "n1"), .init(name: "boto_truncate_amount", value: 1)]).encoded()
        var cursor = try PageCursor(configuration: config, parameters: [:], config: options)
        #expect(cursor.parameters == ["Next": "n1"])
        let page = try cursor.accept(["Items": [1, 2, 3, 4], "Next": "n2"])
        #expect(page["Items"] == [2])
        let token = try #require(cursor.resumeToken)
        #expect(PaginationTokenTests.decodedJSON(token) == #"{"Next": "n1", "boto_truncate_amount": 2}"#)
        #expect(page["NextToken"] == .string(token))
    }

    @Test func emptyStringsAndFalsyTokensEndThePass() throws {
        let config = try Self.configuration(#"{"input_token":["A","B"],"output_token":["NextA","NextB"],"result_key":"Items"}"#)
        var cursor = try PageCursor(configuration: config, parameters: [:], config: PaginationConfig())
        _ = try cursor.accept(["Items": [1], "NextA": "", "NextB": "b"])
        #expect(!cursor.isFinished)
        #expect(cursor.parameters == ["B": "b"])
        _ = try cursor.accept(["Items": [2], "NextA": "", "NextB": ""])
        #expect(cursor.isFinished)
        #expect(cursor.resumeToken == nil)
    }

    @Test func aTokenOfNoneRemovesTheParameter() throws {
        let config = try Self.configuration(#"{"input_token":"Marker","output_token":"NextMarker","result_key":"Items"}"#)
        var options = PaginationConfig()
        options.startingToken = "None"
        let cursor = try PageCursor(configuration: config, parameters: ["Marker": "old"], config: options)
        #expect(cursor.parameters == [:])
    }

    @Test func nonDottedResultKeysCannotBeTruncated() throws {
        let config = try Self.configuration(#"{"input_token":"Next","output_token":"Next","result_key":"Pages[].Items"}"#)
        var options = PaginationConfig()
        options.maxItems = 1
        var cursor = try PageCursor(configuration: config, parameters: [:], config: options)
        let error = #expect(throws: PaginationError.self) { _ = try cursor.accept(["Pages": [["Items": [1]], ["Items": [2]]]]) }
        #expect(error?.code == .invalidModel)
    }

    @Test func withoutResultKeysPagesAreNotCounted() throws {
        let config = try Self.configuration(#"{"input_token":"Next","output_token":"Next"}"#)
        var options = PaginationConfig()
        options.maxItems = 1
        var cursor = try PageCursor(configuration: config, parameters: [:], config: options)
        _ = try cursor.accept(["Next": "a"])
        #expect(!cursor.isFinished)
        _ = try cursor.accept(["Next": "b"])
        _ = try cursor.accept([:])
        #expect(cursor.isFinished)
    }

    @Test func modelsWithoutTokensAreRejected() {
        let error = #expect(throws: PaginationError.self) { try Self.configuration(#"{"output_token":"Next"}"#) }
        #expect(error?.code == .invalidModel)
        #expect(error?.message.contains("input_token") == true)
        #expect(throws: PaginationError.self) { try Self.configuration(#"{"input_token":"A","output_token":"Next["}"#) }
    }

    @Test func dottedPathsCreateMapsAndMergeRecurses() throws {
        var document: Document = [:]
        try document.setValue([1], atDottedPath: "A.B.C")
        #expect(document == ["A": ["B": ["C": [1]]]])
        document.merge(["A": ["B": ["D": 2]], "E": 3])
        #expect(document == ["A": ["B": ["C": [1], "D": 2]], "E": 3])
        #expect(throws: PaginationError.self) { try document.setValue(1, atDottedPath: "A..B") }
        #expect(throws: PaginationError.self) { try document.setValue(1, atDottedPath: "E.F") }
    }
}
