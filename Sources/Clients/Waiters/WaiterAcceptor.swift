/// One acceptor of a waiter (`waiters-2.json`): a matcher, what it expects, and the state it leads to.
public struct WaiterAcceptor: Sendable, Hashable {
    /// Where a match leaves the waiter.
    public enum State: String, Sendable, Hashable {
        /// Stop waiting: the wanted state was reached.
        case success
        /// Stop with a `WaiterError`: the wanted state will not be reached.
        case failure
        /// Try again after the delay.
        case retry
    }

    /// What an acceptor looks at.
    public enum Matcher: String, Sendable, Hashable {
        /// The JMESPath `argument` on the output equals `expected`.
        case path
        /// Every element of the (non-empty) list `argument` selects equals `expected`.
        case pathAll
        /// Some element of the (non-empty) list `argument` selects equals `expected`.
        case pathAny
        /// The HTTP status code equals `expected`.
        case status
        /// The error code equals `expected`; `true` matches any error, `false` matches no error.
        case error
    }

    /// Where a match leaves the waiter.
    public let state: State
    /// What the acceptor looks at.
    public let matcher: Matcher
    /// The value to compare with.
    public let expected: Document
    /// The JMESPath expression of `path`, `pathAll` and `pathAny` acceptors.
    public let argument: String?
    let expression: JMESPathExpression?

    /// Creates an acceptor, compiling its expression.
    public init(state: State, matcher: Matcher, expected: Document, argument: String? = nil) throws {
        self.state = state
        self.matcher = matcher
        self.expected = expected
        self.argument = argument
        switch matcher {
        case .path, .pathAll, .pathAny:
            guard let argument else {
                throw WaiterError(.invalidConfig, waiterName: "", reason: "a \(matcher.rawValue) acceptor needs an argument (a JMESPath expression)")
            }
            expression = try JMESPathExpression.compile(argument)
        case .status, .error:
            expression = nil
        }
    }

    /// Whether this acceptor matches a response (an output, or a service error's `response`).
    public func matches(_ response: Document) -> Bool {
        switch matcher {
        case .path:
            guard !Self.isServiceError(response), let result = try? expression?.search(response) else { return false }
            return PythonEquality.equal(result, expected)
        case .pathAll, .pathAny:
            guard !Self.isServiceError(response), let result = try? expression?.search(response),
                  case .list(let elements) = result, !elements.isEmpty else { return false }
            return matcher == .pathAll
                ? elements.allSatisfy { PythonEquality.equal($0, expected) }
                : elements.contains { PythonEquality.equal($0, expected) }
        case .status:
            guard let status = response["ResponseMetadata"]?["HTTPStatusCode"] else { return expected.isNull }
            return PythonEquality.equal(status, expected)
        case .error:
            switch expected {
            case .bool(true): return response["Error"]?["Code"] != nil
            case .bool(false): return response["Error"] == nil
            default: return PythonEquality.equal(response["Error"]?["Code"] ?? .string(""), expected)
            }
        }
    }

    /// botocore's explanation of a match, used in `WaiterError` reasons.
    public var explanation: String {
        let expectedText = PythonEquality.str(expected)
        switch matcher {
        case .path: return "For expression \"\(argument ?? "")\" we matched expected path: \"\(expectedText)\""
        case .pathAll: return "For expression \"\(argument ?? "")\" all members matched expected path: \"\(expectedText)\""
        case .pathAny: return "For expression \"\(argument ?? "")\" we matched expected path: \"\(expectedText)\" at least once"
        case .status: return "Matched expected HTTP status code: \(expectedText)"
        case .error: return "Matched expected service error code: \(expectedText)"
        }
    }

    /// botocore's `is_valid_waiter_error`: the response is an error with a code.
    static func isServiceError(_ response: Document) -> Bool {
        if case .map(let error)? = response["Error"], error["Code"] != nil { return true }
        return false
    }
}
