/// The pages of one pagination pass: an `AsyncSequence` of response `Document`s.
///
/// A value: nothing is sent until it is iterated, and each iteration starts over. Iteration checks
/// for task cancellation before every request. When `MaxItems` stops the pass, the last page holds
/// `NextToken` (botocore's opaque resume token, also on the iterator as `resumeToken`); pass it as
/// `PaginationConfig: ["StartingToken": token]` to continue exactly where this pass stopped.
public struct PageSequence: AsyncSequence, Sendable {
    /// Each page is the operation's response.
    public typealias Element = Document

    let client: Client
    let operation: OperationModel
    let cursor: PageCursor

    /// The API name of the paginated operation.
    public var operationName: String { operation.name }

    /// A fresh iterator from the first page (or the starting token).
    public func makeAsyncIterator() -> Iterator {
        Iterator(client: client, operation: operation, cursor: cursor)
    }

    /// Hands out the pages one request at a time.
    public struct Iterator: AsyncIteratorProtocol {
        let client: Client
        let operation: OperationModel
        private(set) var cursor: PageCursor
        private var failed = false

        init(client: Client, operation: OperationModel, cursor: PageCursor) {
            self.client = client
            self.operation = operation
            self.cursor = cursor
        }

        /// botocore's opaque token to resume from, once the pass stopped at `MaxItems`; else `nil`.
        public var resumeToken: String? { cursor.resumeToken }

        /// The next page; `nil` after the last one. Throws the call's error (`ClientError`, ...),
        /// `PaginationError` when the service repeats a token, and `CancellationError`.
        public mutating func next() async throws -> Document? {
            if let error = cursor.takePendingError() {
                failed = true
                throw error
            }
            guard !failed, !cursor.isFinished else { return nil }
            do {
                try Task.checkCancellation()
                let response = try await client.runtime.perform(operation: operation, params: .map(cursor.parameters))
                return try cursor.accept(response)
            } catch {
                failed = true
                throw error
            }
        }
    }

    /// The values of a JMESPath `expression` across all pages, as botocore's `search`: a list
    /// result yields each element, anything else (including `.null` for a page without a match)
    /// is yielded as it is.
    ///
    /// ```swift
    /// for try await key in try s3.paginator("listObjectsV2").paginate(Bucket: "b").search("Contents[].Key") { ... }
    /// ```
    public func search(_ expression: String) throws(JMESPathError) -> PageSearchSequence {
        PageSearchSequence(pages: self, expression: try JMESPathExpression.compile(expression))
    }
}
