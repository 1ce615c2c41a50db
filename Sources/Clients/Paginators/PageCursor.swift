/// The state of one pass over the pages, with botocore's `PageIterator` rules: the request
/// parameters for the next page, and what to make of each response (skipping into the first page
/// after a `StartingToken`, cutting the page that reaches `MaxItems`, the next token(s), the
/// resume token, and the repeated-token guard). No I/O: the sequence's iterator sends the requests.
struct PageCursor: Sendable {
    let configuration: PaginatorConfiguration
    /// The parameters of the next request.
    private(set) var parameters: [String: Document]
    private let maxItems: Int?
    private let startingSkip: Int?
    /// The token(s) that fetched the current page.
    private var nextToken: PaginationToken
    private var previousNextToken: PaginationToken?
    private var totalItems = 0
    private var isFirstPage = true
    private var startingTruncation = 0
    /// Whether no more requests will be made.
    private(set) var isFinished = false
    /// An error to raise before the next request (botocore raises it after yielding the page).
    private(set) var pendingError: PaginationError?
    /// botocore's opaque token to resume from, once iteration stopped at `MaxItems`.
    private(set) var resumeToken: String?
    /// The first page's `non_aggregate_keys` values.
    private(set) var nonAggregatePart: Document = .map([:])

    init(configuration: PaginatorConfiguration, parameters: [String: Document], config: PaginationConfig) throws(PaginationError) {
        self.configuration = configuration
        self.parameters = parameters
        maxItems = config.maxItems
        nextToken = PaginationToken(empty: configuration.inputTokens)
        if let startingToken = config.startingToken {
            let decoded = try PaginationToken.decode(startingToken, inputTokens: configuration.inputTokens)
            nextToken = decoded.token
            startingSkip = decoded.skip
            decoded.token.inject(into: &self.parameters)
        } else {
            startingSkip = nil
        }
        if let pageSize = config.pageSize, let limitKey = configuration.limitKey {
            self.parameters[limitKey] = pageSize
        }
    }

    /// Takes one response and returns the page to hand out (possibly trimmed, with `NextToken` set
    /// to the resume token on the last page of a `MaxItems` run).
    mutating func accept(_ response: Document) throws(PaginationError) -> Document {
        var page = response
        let primary = configuration.resultKeys.first
        if isFirstPage {
            if let startingSkip, let primary {
                startingTruncation = startingSkip
                try skipIntoFirstPage(&page, primary: primary)
            }
            isFirstPage = false
            try recordNonAggregateKeys(page)
        } else {
            startingTruncation = 0
        }
        let current = try primary.map { expression throws(PaginationError) in try Self.search(expression, page) } ?? .null
        let count = Self.pythonLength(current)
        if let maxItems, totalItems + count - maxItems > 0 {
            let keep = maxItems - totalItems
            if let primary { try page.setValue(Self.prefix(current, keep), atDottedPath: primary.expression) }
            var token = nextToken
            token.set(PaginationToken.truncateAmountKey, .int(keep + startingTruncation))
            try finish(resumingFrom: token, page: &page)
            return page
        }
        totalItems += count
        let next = try nextTokens(in: page)
        if next.isExhausted {
            isFinished = true
            return page
        }
        if let maxItems, totalItems == maxItems {
            try finish(resumingFrom: next, page: &page)
            return page
        }
        if let previousNextToken, previousNextToken == next {
            isFinished = true
            pendingError = PaginationError(.repeatedToken, "The same next token was received twice: \(Self.describe(next)). "
                + "The service is not advancing; stop here or report the loop to the service.")
            return page
        }
        next.inject(into: &parameters)
        previousNextToken = next
        nextToken = next
        return page
    }

    /// Clears the pending error once it has been raised.
    mutating func takePendingError() -> PaginationError? {
        defer { pendingError = nil }
        return pendingError
    }

    private mutating func finish(resumingFrom token: PaginationToken, page: inout Document) throws(PaginationError) {
        var expected = configuration.inputTokens
        if token.names.contains(PaginationToken.truncateAmountKey) { expected.append(PaginationToken.truncateAmountKey) }
        guard expected.sorted() == token.names.sorted() else {
            throw PaginationError(.invalidStartingToken, "Bad starting token: \(Self.describe(token)) has keys other than "
                + "\(configuration.inputTokens.joined(separator: ", ")); pass a NextToken from this paginator")
        }
        let encoded = token.encoded()
        resumeToken = encoded
        page["NextToken"] = .string(encoded)
        isFinished = true
    }

    /// Drops the results already handed out before the token was made, and empties the other
    /// result keys (they were handed out with that earlier page), as botocore does.
    private func skipIntoFirstPage(_ page: inout Document, primary: JMESPathExpression) throws(PaginationError) {
        let all = try Self.search(primary, page)
        let remaining: Document
        switch all {
        case .list(let elements): remaining = .list(Array(elements[Self.pythonSliceStart(startingTruncation, count: elements.count)...]))
        case .string(let text):
            let scalars = Array(text.unicodeScalars)
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[Self.pythonSliceStart(startingTruncation, count: scalars.count)...])
            remaining = .string(String(rest))
        default: remaining = .null
        }
        try page.setValue(remaining, atDottedPath: primary.expression)
        for key in configuration.resultKeys.dropFirst() {
            let emptied: Document
            switch try Self.search(key, page) {
            case .list: emptied = .list([])
            case .string: emptied = .string("")
            case let number where number.double != nil || number.bool != nil: emptied = number  // counts stay as the service sent them
            default: emptied = .null
            }
            try page.setValue(emptied, atDottedPath: key.expression)
        }
    }

    private mutating func recordNonAggregateKeys(_ page: Document) throws(PaginationError) {
        var part = Document.map([:])
        for expression in configuration.nonAggregateKeys {
            try part.setValue(try Self.search(expression, page), atDottedPath: expression.expression)
        }
        nonAggregatePart = part
    }

    private func nextTokens(in page: Document) throws(PaginationError) -> PaginationToken {
        if let moreResults = configuration.moreResults, !Self.isTruthy(try Self.search(moreResults, page)) {
            return PaginationToken([])
        }
        var entries: [PaginationToken.Entry] = []
        for (expression, name) in zip(configuration.outputTokens, configuration.inputTokens) {
            let value = try Self.search(expression, page)
            entries.append(.init(name: name, value: Self.isTruthy(value) ? value : .null))
        }
        return PaginationToken(entries)
    }
}
