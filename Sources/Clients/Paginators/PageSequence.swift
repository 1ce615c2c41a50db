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
    let setup: Setup

    /// A pass ready to run, or the problem found while setting it up (an unknown paginator, a bad
    /// `PaginationConfig`): that error is thrown by the first `next()`, so that building the
    /// sequence never needs `try` (`for try await page in s3.paginator("x").paginate(...)`).
    enum Setup: Sendable {
        case ready(OperationModel, PageCursor)
        case failed(any Error)
    }

    init(client: Client, operation: OperationModel, cursor: PageCursor) {
        self.client = client
        setup = .ready(operation, cursor)
    }

    init(client: Client, failure: any Error) {
        self.client = client
        setup = .failed(failure)
    }

    /// The API name of the paginated operation; empty when the pass could not be set up.
    public var operationName: String {
        if case .ready(let operation, _) = setup { return operation.name }
        return ""
    }

    /// A fresh iterator from the first page (or the starting token).
    public func makeAsyncIterator() -> Iterator {
        Iterator(client: client, setup: setup)
    }

    /// Hands out the pages one request at a time.
    public struct Iterator: AsyncIteratorProtocol {
        let client: Client
        let operation: OperationModel?
        private(set) var cursor: PageCursor?
        private var setupFailure: (any Error)?
        private var failed = false

        init(client: Client, setup: Setup) {
            self.client = client
            switch setup {
            case .ready(let operation, let cursor):
                self.operation = operation
                self.cursor = cursor
            case .failed(let error):
                operation = nil
                cursor = nil
                setupFailure = error
            }
        }

        /// botocore's opaque token to resume from, once the pass stopped at `MaxItems`; else `nil`.
        public var resumeToken: String? { cursor?.resumeToken }

        /// The next page; `nil` after the last one. Throws the call's error (`ClientError`, ...),
        /// `PaginationError` when the service repeats a token, and `CancellationError`.
        public mutating func next() async throws -> Document? {
            if let setupFailure {
                self.setupFailure = nil
                failed = true
                throw setupFailure
            }
            guard !failed, var cursor, let operation else { return nil }
            if let error = cursor.takePendingError() {
                self.cursor = cursor
                failed = true
                throw error
            }
            guard !cursor.isFinished else { return nil }
            do {
                try Task.checkCancellation()
                let response = try await client.runtime.perform(operation: operation, params: .map(cursor.parameters))
                let page = try cursor.accept(response)
                self.cursor = cursor
                return page
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
    /// for try await key in s3.paginator("listObjectsV2").paginate(Bucket: "b").search("Contents[].Key") { ... }
    /// ```
    /// An invalid expression is reported (as `JMESPathError`) by the first `next()`.
    public func search(_ expression: String) -> PageSearchSequence {
        PageSearchSequence(pages: self, expression: Result { () throws(JMESPathError) in try JMESPathExpression.compile(expression) })
    }
}
