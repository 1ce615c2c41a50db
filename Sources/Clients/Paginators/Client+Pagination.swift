extension Client {
    /// Whether the operation (any spelling: `listObjectsV2`, `ListObjectsV2`, `list_objects_v2`)
    /// has a paginator, as boto3's `can_paginate`.
    public func canPaginate(_ operation: String) -> Bool {
        guard let apiName = runtime.names.apiName(for: operation) else { return false }
        return (try? runtime.paginators.configuration(for: apiName)) != nil
    }

    /// The paginator of an operation by any spelling, as boto3's `get_paginator`.
    ///
    /// ```swift
    /// for try await page in s3.paginator("listObjectsV2").paginate(Bucket: "b") { ... }
    /// ```
    /// When the operation has no paginator (or `paginators-1.json` cannot be read), iterating the
    /// pages throws `PaginationError` (`operationNotPageable`, with the closest pageable names);
    /// `paginator.isValid` tells in advance.
    public func paginator(_ operation: String) -> Paginator {
        do {
            return try resolvePaginator(operation)
        } catch let error as PaginationError {
            return Paginator(client: self, failure: error)
        } catch {
            return Paginator(client: self, failure: PaginationError(.operationNotPageable, "\(error)", suggestions: []))
        }
    }

    private func resolvePaginator(_ operation: String) throws -> Paginator {
        if let apiName = runtime.names.apiName(for: operation), let configuration = try runtime.paginators.configuration(for: apiName) {
            return Paginator(client: self, operation: try runtime.model.operation(apiName), configuration: configuration)
        }
        let pageable = try runtime.paginators.operationNames().map(NameStyle.lowerCamel)
        let suggestions = ClosestNames.find(operation, in: pageable)
        let known = runtime.names.apiName(for: operation) != nil
        let hint = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?"
        let reason = known ? "Operation cannot be paginated: \(operation)." : "'\(meta.serviceName)' client has no operation '\(operation)'."
        throw PaginationError(.operationNotPageable, reason + hint, suggestions: suggestions)
    }
}
