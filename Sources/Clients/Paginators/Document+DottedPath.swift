extension Document {
    /// Sets `value` at a dotted result-key path (`Contents`, `Output.Items`), creating maps on the
    /// way, as botocore's `set_value_from_jmespath`; other JMESPath forms cannot be written back.
    mutating func setValue(_ value: Document, atDottedPath expression: String) throws(PaginationError) {
        let invalid = expression.isEmpty || expression == "." || expression.contains(where: { "[]*".contains($0) })
        let keys = expression.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if invalid || keys.contains(where: \.isEmpty) {
            throw PaginationError(.invalidModel, "the result key '\(expression)' is not a dotted path, so results cannot be "
                + "truncated or aggregated under it; MaxItems, StartingToken and fullResult() need plain result keys")
        }
        try setValue(value, keys: keys[...], expression: expression)
    }

    private mutating func setValue(_ value: Document, keys: ArraySlice<String>, expression: String) throws(PaginationError) {
        guard let key = keys.first else { return }
        guard case .map = self else {
            throw PaginationError(.invalidModel, "cannot set '\(expression)': '\(key)' is inside a value that is not a map")
        }
        if keys.count == 1 {
            self[key] = value
            return
        }
        var child = self[key] ?? .map([:])
        self[key] = nil
        try child.setValue(value, keys: keys.dropFirst(), expression: expression)
        self[key] = child
    }

    /// Merges `other` into this map, recursing into maps present on both sides, as botocore's
    /// `merge_dicts` (lists and scalars from `other` replace).
    mutating func merge(_ other: Document) {
        guard case .map(let incoming) = other, case .map(var entries) = self else { return }
        self = .null
        for (key, value) in incoming {
            if case .map = value, var existing = entries[key], case .map = existing {
                existing.merge(value)
                entries[key] = existing
            } else {
                entries[key] = value
            }
        }
        self = .map(entries)
    }
}
