import Testing
@testable import AWSResources

/// `ParameterTarget.assign` against boto3's `build_param_structure` (expected values from boto3 1.43).
@Suite struct ParameterTargetTests {
    struct Case: Sendable, CustomStringConvertible {
        let target: String
        let value: Document
        let index: Int?
        let expected: Document
        var description: String { target }
    }

    static let cases: [Case] = [
        Case(target: "test[0]", value: 1, index: nil, expected: ["test": [1]]),
        Case(target: "foo.bar[0].baz", value: "hello", index: nil, expected: ["foo": ["bar": [["baz": "hello"]]]]),
        Case(target: "Names[]", value: "x", index: nil, expected: ["Names": ["x"]]),
        Case(target: "Entries[*].Id", value: "m", index: 2, expected: ["Entries": [[:], [:], ["Id": "m"]]]),
        Case(target: "Foo[2]", value: "v", index: nil, expected: ["Foo": [[:], [:], "v"]]),
        Case(target: "A[1].B[*]", value: "z", index: nil, expected: ["A": [[:], ["B": [[:], "z"]]]]),
        Case(target: "Filters[0].Values[0]", value: "vpc", index: nil, expected: ["Filters": [["Values": ["vpc"]]]]),
    ]

    @Test(arguments: cases)
    func assignsLikeBoto3(_ item: Case) throws {
        var params: Document = [:]
        try ParameterTarget(item.target).assign(item.value, in: &params, index: item.index)
        #expect(params == item.expected, "\(item.target)")
    }

    @Test func appendsAndGroupsBatchItems() throws {
        var names: Document = [:]
        let append = try ParameterTarget("Names[]")
        append.assign("a", in: &names)
        append.assign("b", in: &names)
        #expect(names == ["Names": ["a", "b"]])

        var batch: Document = [:]
        for (index, key) in ["k1", "k2"].enumerated() {
            try ParameterTarget("Delete.Objects[*].Key").assign(.string(key), in: &batch, index: index)
            try ParameterTarget("Delete.Objects[*].VersionId").assign(.string("v\(index)"), in: &batch, index: index)
        }
        #expect(batch == ["Delete": ["Objects": [["Key": "k1", "VersionId": "v0"], ["Key": "k2", "VersionId": "v1"]]]])
    }

    @Test func rejectsMalformedTargets() {
        #expect(throws: ModelError.self) { try ParameterTarget("Foo[x]") }
        #expect(throws: ModelError.self) { try ParameterTarget("Foo..Bar") }
        #expect(throws: ModelError.self) { try ParameterTarget("Foo[99999999]") }
    }

    @Test func deepMergeFollowsBotocore() {
        var params: Document = ["A": ["x": 1, "L": [1]], "B": 2, "T": ["t"]]
        params.deepMerge(["A": ["y": 2, "L": [2]], "B": 3, "C": [1], "T": ["u"]])
        // Top-level lists append; nested lists are replaced (botocore does not pass append_lists down).
        #expect(params == ["A": ["x": 1, "L": [2], "y": 2], "B": 3, "C": [1], "T": ["t", "u"]])
    }
}
