/// Pages through the results of one operation, as boto3's `client.get_paginator(...)`.
///
/// ```swift
/// let paginator = s3.paginator("listObjectsV2")
/// for try await page in paginator.paginate(Bucket: "photos", PaginationConfig: ["PageSize": 500]) {
///     print(page["Contents"]?.array?.count ?? 0)
/// }
/// for try await key in paginator.paginate(Bucket: "photos").search("Contents[].Key") { print(key) }
/// let all = try await paginator.paginate(Bucket: "photos", PaginationConfig: ["MaxItems": 1000]).fullResult()
/// all["NextToken"]   // resume with PaginationConfig: ["StartingToken": ...] (boto3's tokens work too)
/// ```
/// `PaginationConfig` takes `MaxItems` (stop after that many results of the first result key,
/// cutting a page short), `PageSize` (sent as the operation's limit member) and `StartingToken`.
///
/// Problems found before the first request (an operation without a paginator, a bad
/// `PaginationConfig`) are thrown by the first `next()` of the sequence, so building it needs no `try`.
public struct Paginator: Sendable {
    let client: Client
    let resolved: Result<Resolved, PaginationError>

    /// The operation and its paginator configuration.
    struct Resolved: Sendable {
        let operation: OperationModel
        let configuration: PaginatorConfiguration
    }

    init(client: Client, operation: OperationModel, configuration: PaginatorConfiguration) {
        self.client = client
        resolved = .success(Resolved(operation: operation, configuration: configuration))
    }

    init(client: Client, failure: PaginationError) {
        self.client = client
        resolved = .failure(failure)
    }

    private var configuration: PaginatorConfiguration? { try? resolved.get().configuration }

    /// Whether the operation has a paginator (otherwise iterating throws `PaginationError`).
    public var isValid: Bool { configuration != nil }
    /// The API name of the paginated operation (`ListObjectsV2`); empty when there is none.
    public var operationName: String { (try? resolved.get().operation.name) ?? "" }
    /// The request members that carry the continuation token(s).
    public var inputTokens: [String] { configuration?.inputTokens ?? [] }
    /// The expressions that read the next token(s) from a page.
    public var outputTokens: [String] { configuration?.outputTokens.map(\.expression) ?? [] }
    /// The result keys (JMESPath); the first one is what `MaxItems` counts.
    public var resultKeys: [String] { configuration?.resultKeys.map(\.expression) ?? [] }
    /// The request member that sets the page size, when the operation has one.
    public var limitKey: String? { configuration?.limitKey }

    /// Starts a pass with keyword arguments (the operation's parameters plus an optional
    /// `PaginationConfig`) or with one parameter map:
    /// `paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": 10])`,
    /// `paginator.paginate(["Bucket": "b"])`.
    ///
    /// No request is made until the sequence is iterated; each iteration starts from the beginning
    /// (or from `StartingToken`). A bad `PaginationConfig` is thrown (`PaginationError`) by the first `next()`.
    public var paginate: PaginateCall { PaginateCall(paginator: self) }

    /// A pass over the pages for a parameter map (which may hold `PaginationConfig`); a problem
    /// with the paginator or the configuration is kept for the first `next()` to throw.
    func start(_ parameters: Document) -> PageSequence {
        do {
            return try prepare(parameters)
        } catch {
            return PageSequence(client: client, failure: error)
        }
    }

    private func prepare(_ parameters: Document) throws -> PageSequence {
        let (operation, configuration) = try resolved.map { ($0.operation, $0.configuration) }.get()
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
