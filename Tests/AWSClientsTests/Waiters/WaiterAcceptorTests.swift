import Foundation
import Testing
@testable import AWSClients

@Suite struct WaiterAcceptorTests {
    static let errorResponse: Document = ["Error": ["Code": "ResourceNotFoundException", "Message": "gone"],
                                          "ResponseMetadata": ["HTTPStatusCode": 400]]

    @Test func pathComparesTheExpressionResult() throws {
        let acceptor = try WaiterAcceptor(state: .success, matcher: .path, expected: "ACTIVE", argument: "Table.TableStatus")
        #expect(acceptor.matches(["Table": ["TableStatus": "ACTIVE"]]))
        #expect(!acceptor.matches(["Table": ["TableStatus": "CREATING"]]))
        #expect(!acceptor.matches([:]))
        // Path matchers never match error responses.
        #expect(!acceptor.matches(["Error": ["Code": "ACTIVE"], "Table": ["TableStatus": "ACTIVE"]]))
    }

    @Test func pathComparesNumbersAndBooleansAsPythonDoes() throws {
        let number = try WaiterAcceptor(state: .success, matcher: .path, expected: 1, argument: "N")
        #expect(number.matches(["N": 1.0]))
        #expect(number.matches(["N": true]))  // Python: True == 1
        #expect(!number.matches(["N": "1"]))
        let flag = try WaiterAcceptor(state: .success, matcher: .path, expected: true, argument: "length(Items) > `0`")
        #expect(flag.matches(["Items": [1]]))
        #expect(!flag.matches(["Items": []]))
    }

    @Test func pathAllNeedsEveryElementOfANonEmptyList() throws {
        let acceptor = try WaiterAcceptor(state: .success, matcher: .pathAll, expected: "running", argument: "Reservations[].Instances[].State.Name")
        let running: Document = ["Reservations": [["Instances": [["State": ["Name": "running"]], ["State": ["Name": "running"]]]]]]
        let mixed: Document = ["Reservations": [["Instances": [["State": ["Name": "running"]], ["State": ["Name": "pending"]]]]]]
        #expect(acceptor.matches(running))
        #expect(!acceptor.matches(mixed))
        #expect(!acceptor.matches(["Reservations": []]))
        #expect(!acceptor.matches(Self.errorResponse))
        let scalar = try WaiterAcceptor(state: .success, matcher: .pathAll, expected: "x", argument: "A")
        #expect(!scalar.matches(["A": "x"]))
    }

    @Test func pathAnyNeedsOneElementOfANonEmptyList() throws {
        let acceptor = try WaiterAcceptor(state: .failure, matcher: .pathAny, expected: "terminated", argument: "Items[].State")
        #expect(acceptor.matches(["Items": [["State": "running"], ["State": "terminated"]]]))
        #expect(!acceptor.matches(["Items": [["State": "running"]]]))
        #expect(!acceptor.matches(["Items": []]))
        #expect(!acceptor.matches(["Items": "terminated"]))
    }

    @Test func statusReadsTheResponseMetadata() throws {
        let acceptor = try WaiterAcceptor(state: .retry, matcher: .status, expected: 404)
        #expect(acceptor.matches(["ResponseMetadata": ["HTTPStatusCode": 404]]))
        #expect(acceptor.matches(["Error": ["Code": "404"], "ResponseMetadata": ["HTTPStatusCode": 404]]))
        #expect(!acceptor.matches(["ResponseMetadata": ["HTTPStatusCode": 200]]))
        #expect(!acceptor.matches([:]))
    }

    @Test func errorMatchesACodeAnyErrorOrNoError() throws {
        let code = try WaiterAcceptor(state: .retry, matcher: .error, expected: "ResourceNotFoundException")
        #expect(code.matches(Self.errorResponse))
        #expect(!code.matches(["Error": ["Code": "Other"]]))
        #expect(!code.matches(["Table": [:]]))
        let any = try WaiterAcceptor(state: .failure, matcher: .error, expected: true)
        #expect(any.matches(Self.errorResponse))
        #expect(!any.matches(["Table": [:]]))
        #expect(!any.matches(["Error": ["Message": "no code"]]))
        let none = try WaiterAcceptor(state: .success, matcher: .error, expected: false)
        #expect(none.matches(["Table": [:]]))
        #expect(!none.matches(Self.errorResponse))
    }

    struct Explanation: Sendable, CustomTestStringConvertible {
        let matcher: WaiterAcceptor.Matcher
        let expected: Document
        let argument: String?
        let botocore: String
        var testDescription: String { botocore }
    }

    /// botocore 1.43.11's `AcceptorConfig.explanation` for the same acceptors.
    static let explanations: [Explanation] = [
        Explanation(matcher: .path, expected: "ACTIVE", argument: "Table.TableStatus",
                    botocore: #"For expression "Table.TableStatus" we matched expected path: "ACTIVE""#),
        Explanation(matcher: .path, expected: 1.5, argument: "N", botocore: #"For expression "N" we matched expected path: "1.5""#),
        Explanation(matcher: .pathAll, expected: true, argument: "A[]", botocore: #"For expression "A[]" all members matched expected path: "True""#),
        Explanation(matcher: .pathAny, expected: "FAILED", argument: "Table.Replicas[].ReplicaStatus",
                    botocore: #"For expression "Table.Replicas[].ReplicaStatus" we matched expected path: "FAILED" at least once"#),
        Explanation(matcher: .status, expected: 200, argument: nil, botocore: "Matched expected HTTP status code: 200"),
        Explanation(matcher: .error, expected: true, argument: nil, botocore: "Matched expected service error code: True"),
        Explanation(matcher: .error, expected: "NotFound", argument: nil, botocore: "Matched expected service error code: NotFound"),
    ]

    @Test(arguments: explanations) func explanationsUseBotocoresWords(_ case: Explanation) throws {
        let acceptor = try WaiterAcceptor(state: .success, matcher: `case`.matcher, expected: `case`.expected, argument: `case`.argument)
        #expect(acceptor.explanation == `case`.botocore)
    }

    @Test func pathMatchersNeedAnArgument() {
        let error = #expect(throws: WaiterError.self) { try WaiterAcceptor(state: .success, matcher: .path, expected: "x") }
        #expect(error?.code == .invalidConfig)
        #expect(throws: JMESPathError.self) { try WaiterAcceptor(state: .success, matcher: .path, expected: "x", argument: "a[") }
    }
}
