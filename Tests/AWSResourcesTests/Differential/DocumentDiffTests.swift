import Foundation
import Testing
@testable import AWSResources

/// The differential test's comparison itself: it must report every kind of difference with its path.
struct DocumentDiffTests {
    @Test func equalDocumentsHaveNoDifferences() {
        let document: Document = ["a": [1, "x", nil], "b": ["c": true]]
        #expect(DocumentDiff.differences(expected: document, actual: document).isEmpty)
    }

    @Test func reportsChangedMissingAndExtraFieldsByPath() {
        let boto3: Document = ["s3": ["all": [["size": 5], ["size": 8]], "gone": "x"], "n": 1]
        let swift: Document = ["s3": ["all": [["size": 5], ["size": 9]], "extra": "y"], "n": "1"]
        #expect(DocumentDiff.differences(expected: boto3, actual: swift) == [
            #"$.n: boto3 1, Swift "1""#,
            "$.s3.all[1].size: boto3 8, Swift 9",
            #"$.s3.extra: missing in boto3, Swift "y""#,
            #"$.s3.gone: boto3 "x", missing in Swift"#,
        ])
    }

    @Test func reportsListLengthDifferences() {
        let lines = DocumentDiff.differences(expected: ["k": ["a", "b"]], actual: ["k": ["a"]])
        #expect(lines == [#"$.k: boto3 has 2 items, Swift 1: boto3 ["a","b"], Swift ["a"]"#])
    }

    @Test func replacesThePrefixInStringsAndKeys() {
        let replaced = DocumentDiff.replacing("diff-py-1", in: ["diff-py-1-main": ["http://h/1/diff-py-1-queue", 3]])
        #expect(replaced == ["<prefix>-main": ["http://h/1/<prefix>-queue", 3]])
    }
}
