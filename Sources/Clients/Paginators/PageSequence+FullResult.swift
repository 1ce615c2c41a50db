extension PageSequence {
    /// All pages merged into one response, as botocore's `build_full_result`: the result keys
    /// concatenated (numbers summed, strings joined), the first page's non-aggregate keys, and
    /// `NextToken` when `MaxItems` stopped the pass.
    ///
    /// ```swift
    /// let all = try await s3.paginator("listObjectsV2").paginate(Bucket: "b").fullResult()
    /// all["Contents"]?.array?.count
    /// ```
    public func fullResult() async throws -> Document {
        let cursor: PageCursor
        switch setup {
        case .ready(_, let ready): cursor = ready
        case .failed(let error): throw error
        }
        let resultKeys = cursor.configuration.resultKeys
        // Lists are gathered in arrays and written once at the end, so many pages cost linear time.
        var lists = [[Document]?](repeating: nil, count: resultKeys.count)
        var scalars = [Document?](repeating: nil, count: resultKeys.count)
        var iterator = makeAsyncIterator()
        while let page = try await iterator.next() {
            for (index, key) in resultKeys.enumerated() {
                let value = try PageCursor.search(key, page)
                if value.isNull { continue }
                if lists[index] != nil {
                    if case .list(let more) = value { lists[index]?.append(contentsOf: more) }
                } else if let existing = scalars[index] {
                    scalars[index] = Self.combine(existing, value) ?? existing
                } else if case .list(let first) = value {
                    lists[index] = first
                } else {
                    scalars[index] = value
                }
            }
        }
        var result = Document.map([:])
        for (index, key) in resultKeys.enumerated() {
            if let list = lists[index] {
                try result.setValue(.list(list), atDottedPath: key.expression)
            } else if let scalar = scalars[index] {
                try result.setValue(scalar, atDottedPath: key.expression)
            }
        }
        result.merge(iterator.cursor?.nonAggregatePart ?? .map([:]))
        if let token = iterator.resumeToken { result["NextToken"] = .string(token) }
        return result
    }

    /// Numbers add and strings concatenate; other values keep the first page's.
    private static func combine(_ existing: Document, _ value: Document) -> Document? {
        switch (existing, value) {
        case (.int(let first), .int(let more)): return .int(first &+ more)
        case (.int, .double), (.double, .int), (.double, .double):
            return .double((existing.double ?? 0) + (value.double ?? 0))
        case (.string(let first), .string(let more)): return .string(first + more)
        default: return nil
        }
    }
}
