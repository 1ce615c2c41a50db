/// The values a JMESPath expression finds across the pages of a `PageSequence`; see
/// `PageSequence.search(_:)`.
public struct PageSearchSequence: AsyncSequence, Sendable {
    /// Each element is one value found on a page.
    public typealias Element = Document

    let pages: PageSequence
    let expression: Result<JMESPathExpression, JMESPathError>

    /// A fresh iterator from the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), expression: expression)
    }

    /// Fetches pages as their values run out.
    public struct Iterator: AsyncIteratorProtocol {
        var pages: PageSequence.Iterator
        let expression: Result<JMESPathExpression, JMESPathError>
        private var pending: [Document] = []
        private var index = 0

        init(pages: PageSequence.Iterator, expression: Result<JMESPathExpression, JMESPathError>) {
            self.pages = pages
            self.expression = expression
        }

        /// botocore's opaque token to resume from, once the pass stopped at `MaxItems`; else `nil`.
        public var resumeToken: String? { pages.resumeToken }

        /// The next value; `nil` after the last page.
        public mutating func next() async throws -> Document? {
            _ = try expression.get()  // an invalid expression fails before any request
            while index >= pending.count {
                guard let page = try await pages.next() else { return nil }
                switch try expression.get().search(page) {
                case .list(let elements):
                    pending = elements
                case let value:
                    pending = [value]
                }
                index = 0
            }
            defer { index += 1 }
            return pending[index]
        }
    }
}
