import Foundation
import Testing
@testable import AWSClients

@Suite struct JMESPathExpressionTests {
    static let page: Document = [
        "Contents": [
            ["Key": "a.txt", "Size": 10],
            ["Key": "b.txt", "Size": 0],
            ["Key": "c.txt", "Size": 2.5],
        ],
        "IsTruncated": false,
    ]

    @Test func compiledOnceSearchesManyDocuments() throws {
        let keys = try JMESPathExpression("Contents[].Key")
        #expect(try keys.search(Self.page) == ["a.txt", "b.txt", "c.txt"])
        #expect(try keys.search(["Contents": [["Key": "z"]]]) == ["z"])
        #expect(try keys.search(["Other": 1]) == .null)
        #expect(try keys.search(.null) == .null)
        #expect(keys.expression == "Contents[].Key")
        #expect(keys.description == "Contents[].Key")
    }

    @Test func filtersCompareNumbersByValue() throws {
        #expect(try Self.page.search("Contents[?Size > `1`].Key") == ["a.txt", "c.txt"])
        #expect(try Self.page.search("Contents[?Size == `10.0`].Key") == ["a.txt"])
        #expect(try Self.page.search("length(Contents[?Size == `0`])") == 1)
        #expect(try Self.page.search("max_by(Contents, &Size).Key") == "a.txt")
        #expect(try Self.page.search("sort_by(Contents, &Size)[].Key") == ["b.txt", "c.txt", "a.txt"])
        #expect(try Self.page.search("IsTruncated || `\"none\"`") == "none")
    }

    @Test func syntaxErrorsCarryAPosition() {
        let error = #expect(throws: JMESPathError.self) { try JMESPathExpression("foo[") }
        #expect(error?.code == .syntax)
        #expect(error?.position == 4)
        #expect(error?.expression == "foo[")
        #expect(error?.description.contains("syntax") == true)

        let equals = #expect(throws: JMESPathError.self) { try JMESPathExpression("a = b") }
        #expect(equals?.code == .syntax)
        #expect(equals?.position == 2)
        #expect(equals?.message.contains("==") == true)
    }

    @Test func functionErrorsHaveTheirKinds() throws {
        let unknown = #expect(throws: JMESPathError.self) { try JMESPathExpression("lenght(foo)") }
        #expect(unknown?.code == .unknownFunction)
        #expect(unknown?.message.contains("length") == true)

        let arity = #expect(throws: JMESPathError.self) { try JMESPathExpression("starts_with('a')") }
        #expect(arity?.code == .invalidArity)

        let step = #expect(throws: JMESPathError.self) { try JMESPathExpression("foo[::0]") }
        #expect(step?.code == .invalidValue)

        // Type errors depend on the data, so they come from search.
        let abs = try JMESPathExpression("abs(foo)")
        #expect(try abs.search(["foo": -3]) == 3)
        let type = #expect(throws: JMESPathError.self) { try abs.search(["foo": "x"]) }
        #expect(type?.code == .invalidType)
        #expect(type?.message.contains("abs()") == true)
        #expect(type?.expression == "abs(foo)")
    }

    @Test func hostileNestingFailsCleanly() {
        let deep = [
            String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000),
            "a" + String(repeating: "[0]", count: 50_000),
            String(repeating: "!", count: 100_000) + "a",
            String(repeating: "[", count: 100_000),
            String(repeating: "a.", count: 50_000) + "a",
        ]
        for expression in deep {
            let error = #expect(throws: JMESPathError.self) { try JMESPathExpression(expression) }
            #expect(error?.code == .syntax, "\(expression.prefix(20))...")
        }
    }

    @Test func reasonableNestingStillWorks() throws {
        let document: Document = ["a": 1]
        let nested = String(repeating: "[", count: 100) + "a" + String(repeating: "]", count: 100)
        var expected: Document = 1
        for _ in 0..<100 { expected = [expected] }
        #expect(try document.search(nested) == expected)
    }

    @Test func theDeepestAcceptedExpressionsEvaluate() async throws {
        let levels = JMESPathParser.maximumDepth - 2
        let calls = String(repeating: "abs(", count: levels) + "`-1`" + String(repeating: ")", count: levels)
        let path = Array(repeating: "a", count: levels).joined(separator: ".")
        var nested: Document = 7
        for _ in 0..<levels { nested = ["a": nested] }
        let document = nested
        // Run on a task's thread, whose stack is smaller than the main thread's.
        let results = try await Task.detached {
            (try JMESPathExpression(calls).search(.null), try JMESPathExpression(path).search(document))
        }.value
        #expect(results.0 == 1)
        #expect(results.1 == 7)
        #expect(throws: JMESPathError.self) { try JMESPathExpression(path + ".a.a.a") }
    }

    @Test func hugeIndicesClamp() throws {
        let document: Document = ["a": [1, 2, 3]]
        #expect(try document.search("a[99999999999999999999]") == .null)
        #expect(try document.search("a[-99999999999999999999:]") == [1, 2, 3])
        #expect(try document.search("a[::-99999999999999999999]") == [3])
    }

    @Test func expressionsAreEqualByText() throws {
        let one = try JMESPathExpression("a.b")
        let two = try JMESPathExpression("a.b")
        #expect(one == two)
        #expect(Set([one, two]).count == 1)
        #expect(try one != JMESPathExpression("a . b"))
    }

    @Test func theCacheReturnsCompiledExpressionsAndStaysBounded() throws {
        let cache = JMESPathCache(capacity: 2)
        let first = try cache.expression(for: "a")
        #expect(try cache.expression(for: "a") == first)
        #expect(cache.count == 1)
        _ = try cache.expression(for: "b")
        _ = try cache.expression(for: "c")
        #expect(cache.count == 2)
        #expect(throws: JMESPathError.self) { try cache.expression(for: "a[") }
        #expect(cache.count == 2)

        let shared = try JMESPathExpression.compile("Contents[].Key")
        #expect(try JMESPathExpression.compile("Contents[].Key") == shared)
        #expect(try shared.search(Self.page) == ["a.txt", "b.txt", "c.txt"])
    }
}
