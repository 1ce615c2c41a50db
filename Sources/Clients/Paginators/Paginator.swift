/// Pages through the results of one operation, as boto3's `client.get_paginator(...)`.
///
/// ```swift
/// let paginator = try s3.paginator("listObjectsV2")
/// for try await page in try paginator.paginate(Bucket: "photos", PaginationConfig: ["PageSize": 500]) {
///     print(page["Contents"]?.array?.count ?? 0)
/// }
/// for try await key in try paginator.paginate(Bucket: "photos").search("Contents[].Key") { print(key) }
/// let all = try await paginator.paginate(Bucket: "photos", PaginationConfig: ["MaxItems": 1000]).fullResult()
/// all["NextToken"]   // resume with PaginationConfig: ["StartingToken": ...] (boto3's tokens work too)
/// ```
/// `PaginationConfig` takes `MaxItems` (stop after that many results of the first result key,
/// cutting a page short), `PageSize` (sent as the operation's limit member) and `StartingToken`.
public struct Paginator: Sendable {
    let client: Client
    let operation: OperationModel
    let configuration: PaginatorConfiguration

    /// The API name of the paginated operation (`ListObjectsV2`).
    public var operationName: String { operation.name }
    /// The request members that carry the continuation token(s).
    public var inputTokens: [String] { configuration.inputTokens }
    /// The expressions that read the next token(s) from a page.
    public var outputTokens: [String] { configuration.outputTokens.map(\.expression) }
    /// The result keys (JMESPath); the first one is what `MaxItems` counts.
    public var resultKeys: [String] { configuration.resultKeys.map(\.expression) }
    /// The request member that sets the page size, when the operation has one.
    public var limitKey: String? { configuration.limitKey }

    /// Starts a pass with keyword arguments: the operation's parameters plus an optional
    /// `PaginationConfig`. `try paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": 10])`.
    public var paginate: PaginateCall { PaginateCall(paginator: self) }

    /// Starts a pass with a parameter map (which may hold `PaginationConfig`).
    ///
    /// No request is made until the sequence is iterated; each iteration starts from the beginning
    /// (or from `StartingToken`). Throws `PaginationError` for a bad `PaginationConfig`.
    public func paginate(_ parameters: Document) throws -> PageSequence {
        var entries: [String: Document]
        switch parameters {
        case .map(let map): entries = map
        case .null: entries = [:]
        default:
            throw ParamValidationError(problems: [.init(kind: .invalidType, path: "input",
                message: "paginate() takes a map of parameters for \(operation.name), not \(parameters)")])
        }
        let config = try PaginationConfig(entries.removeValue(forKey: "PaginationConfig"), configuration: configuration, operation: operation)
        let cursor = try PageCursor(configuration: configuration, parameters: entries, config: config)
        return PageSequence(client: client, operation: operation, cursor: cursor)
    }
}
