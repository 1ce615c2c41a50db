/// One operation's entry in `paginators-1.json`, with its expressions compiled.
///
/// Single values and lists are both accepted for `input_token`, `output_token` and `result_key`, as
/// botocore accepts them; tokens pair up in order (`zip`), so extra ones on either side are ignored.
struct PaginatorConfiguration: Sendable {
    /// The API name of the paginated operation (`ListObjectsV2`).
    let operationName: String
    /// Request members that carry the continuation token(s).
    let inputTokens: [String]
    /// Expressions reading the next token(s) from a page, paired with `inputTokens`.
    let outputTokens: [JMESPathExpression]
    /// An expression that is falsy on the last page (`IsTruncated`), when the service has one.
    let moreResults: JMESPathExpression?
    /// The result keys; the first one is counted for `MaxItems`.
    let resultKeys: [JMESPathExpression]
    /// Keys copied from the first page into `fullResult()` (`Prefix`, `RequestCharged`).
    let nonAggregateKeys: [JMESPathExpression]
    /// The request member that sets the page size (`MaxKeys`), when the operation has one.
    let limitKey: String?

    init(operationName: String, definition: JSONValue) throws(PaginationError) {
        self.operationName = operationName
        let path = "pagination.\(operationName)"
        guard definition.object != nil else {
            throw PaginationError(.invalidModel, "\(path) in paginators-1.json is not an object")
        }
        inputTokens = try Self.strings(definition["input_token"], key: "input_token", path: path, required: true)
        outputTokens = try Self.strings(definition["output_token"], key: "output_token", path: path, required: true)
            .map { expression throws(PaginationError) in try Self.compile(expression, path: path) }
        moreResults = try definition["more_results"]?.string.map { expression throws(PaginationError) in try Self.compile(expression, path: path) }
        resultKeys = try Self.strings(definition["result_key"], key: "result_key", path: path, required: false)
            .map { expression throws(PaginationError) in try Self.compile(expression, path: path) }
        nonAggregateKeys = try Self.strings(definition["non_aggregate_keys"], key: "non_aggregate_keys", path: path, required: false)
            .map { expression throws(PaginationError) in try Self.compile(expression, path: path) }
        limitKey = definition["limit_key"]?.string
    }

    private static func strings(_ value: JSONValue?, key: String, path: String, required: Bool) throws(PaginationError) -> [String] {
        switch value {
        case .string(let single)?:
            return [single]
        case .array(let elements)?:
            var result: [String] = []
            for element in elements {
                guard let text = element.string else {
                    throw PaginationError(.invalidModel, "\(path).\(key) in paginators-1.json must hold strings")
                }
                result.append(text)
            }
            return result
        case nil, .null?:
            if required { throw PaginationError(.invalidModel, "\(path) in paginators-1.json has no \(key)") }
            return []
        default:
            throw PaginationError(.invalidModel, "\(path).\(key) in paginators-1.json must be a string or a list of strings")
        }
    }

    private static func compile(_ expression: String, path: String) throws(PaginationError) -> JMESPathExpression {
        do {
            return try JMESPathExpression.compile(expression)
        } catch {
            throw PaginationError(.invalidModel, "\(path) in paginators-1.json has an invalid expression: \(error)")
        }
    }
}
