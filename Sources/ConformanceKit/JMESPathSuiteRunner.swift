import AWSClients
import Foundation

/// Runs JMESPath compliance suite files (jmespath.test): each file is a list of
/// `{given, cases: [{expression, result | error | bench}]}`.
///
/// A `result` case passes when the expression's value equals the expected JSON by meaning
/// (numbers numerically, objects regardless of key order); an `error` case when compiling or
/// searching throws a `JMESPathError` of that kind (`syntax`, `invalid-type`, ...). A `bench`
/// case (benchmarks.json) has no expected value: it passes when the expression compiles and
/// evaluates without error, as upstream's `jp-compliance` checks it (a zero exit status).
public struct JMESPathSuiteRunner: Sendable {
    /// Creates a runner.
    public init() {}

    /// Runs every case of one suite file.
    public func run(file url: URL) throws -> [CaseResult] {
        let fileName = url.lastPathComponent
        guard let groups = try JSONValue.parse(Data(contentsOf: url)).array else {
            throw ConformanceError("\(fileName): a JMESPath suite file must be a JSON list of {given, cases}")
        }
        var results: [CaseResult] = []
        for (groupIndex, groupValue) in groups.enumerated() {
            guard let group = groupValue.object, let cases = group["cases"]?.array else {
                throw ConformanceError("\(fileName): group \(groupIndex) has no 'cases' list")
            }
            let given = (group["given"] ?? .null).document
            let suiteName = "given #\(groupIndex + 1)"
            for (caseIndex, caseValue) in cases.enumerated() {
                let testCase = caseValue.object ?? JSONObject()
                let expression = testCase["expression"]?.string
                let name = expression.map { "`\($0)`" } ?? "case \(caseIndex + 1)"
                let outcome = expression.map { Self.outcome(of: testCase, expression: $0, given: given) }
                    ?? .failed("the case has no 'expression' string")
                results.append(CaseResult(file: fileName, suite: suiteName, caseName: name, outcome: outcome))
            }
        }
        return results
    }

    /// Whether one case passes, and why not.
    static func outcome(of testCase: JSONObject, expression text: String, given: Document) -> CaseResult.Outcome {
        if let expectedError = testCase["error"]?.string {
            do {
                let value = try JMESPathExpression(text).search(given)
                return .failed("expected a \(expectedError) error, got \(value)")
            } catch {
                return error.code.rawValue == expectedError
                    ? .passed : .failed("expected a \(expectedError) error, got \(error)")
            }
        }
        if let expected = testCase["result"] {
            do {
                let value = try JMESPathExpression(text).search(given)
                if let difference = DocumentMatcher.difference(actual: value, expected: expected, path: "") {
                    return .failed("result differs at \(difference)")
                }
                return .passed
            } catch {
                return .failed("expected \(DocumentMatcher.render(expected)), threw \(error)")
            }
        }
        if testCase["bench"] != nil {
            do {
                _ = try JMESPathExpression(text).search(given)
                return .passed
            } catch {
                return .failed("benchmark case threw \(error)")
            }
        }
        return .failed("the case has none of 'result', 'error' or 'bench'")
    }
}
