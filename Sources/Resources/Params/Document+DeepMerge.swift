extension Document {
    /// Merges `other` into this map as botocore's `merge_dicts`: maps merge recursively, anything
    /// else is replaced, and with `appendLists` a top-level list is extended instead (botocore does
    /// not pass `append_lists` down, so nested lists are replaced).
    mutating func deepMerge(_ other: Document, appendLists: Bool = true) {
        guard case .map(let incoming) = other else { return }
        guard case .map(var entries) = self else {
            self = other
            return
        }
        self = .null
        for (key, value) in incoming {
            switch (entries[key], value) {
            case (.map?, .map):
                var merged = entries[key] ?? .null
                entries[key] = nil
                merged.deepMerge(value, appendLists: false)
                entries[key] = merged
            case (.list(let existing)?, .list(let added)) where appendLists:
                entries[key] = .list(existing + added)
            default:
                entries[key] = value
            }
        }
        self = .map(entries)
    }

    /// `self` with the top-level entries of `other` replacing its own (Python's `dict.update`).
    func updating(with other: Document) -> Document {
        guard case .map(let incoming) = other, !incoming.isEmpty else { return self }
        guard case .map(var entries) = self else { return other }
        for (key, value) in incoming { entries[key] = value }
        return .map(entries)
    }
}
