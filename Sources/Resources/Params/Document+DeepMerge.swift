extension Document {
    /// Merges `other` into this map as botocore's `merge_dicts(append_lists=True)`: maps merge
    /// recursively, lists are appended, anything else is replaced.
    mutating func deepMerge(_ other: Document) {
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
                merged.deepMerge(value)
                entries[key] = merged
            case (.list(let existing)?, .list(let added)):
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
