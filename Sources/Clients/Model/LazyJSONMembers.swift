import Synchronization

/// The members of a large JSON object (a model's `shapes` or `operations`), each parsed on first
/// use: a service model with thousands of shapes is indexed once and only the shapes an
/// operation touches are ever built.
///
/// Built either from an object already parsed, or from the document's bytes and the range of each
/// member's value (see `ServiceModelIndexer`, which checked the syntax of every range).
package final class LazyJSONMembers: Sendable {
    /// Member names in document order.
    package let keys: [String]
    private let storage: Storage
    private let parsed = Mutex<[String: JSONValue]>([:])

    private enum Storage: Sendable {
        case parsed(JSONObject)
        case indexed(bytes: [UInt8], ranges: [String: Range<Int>])
    }

    /// Members already parsed.
    package init(_ object: JSONObject) {
        keys = object.keys
        storage = .parsed(object)
    }

    /// Members located in `bytes`: `ranges` gives each value's bytes, `keys` their order.
    package init(bytes: [UInt8], keys: [String], ranges: [String: Range<Int>]) {
        self.keys = keys
        storage = .indexed(bytes: bytes, ranges: ranges)
    }

    /// The number of members.
    package var count: Int { keys.count }

    /// Whether a member of this name exists (without parsing it).
    package func contains(_ name: String) -> Bool {
        switch storage {
        case .parsed(let object): return object[name] != nil
        case .indexed(_, let ranges): return ranges[name] != nil
        }
    }

    /// The member's value, parsed on first use and cached.
    ///
    /// An indexed value whose bytes were checked by the indexer always parses; should it not, the
    /// member reads as absent rather than trapping.
    package subscript(name: String) -> JSONValue? {
        switch storage {
        case .parsed(let object):
            return object[name]
        case .indexed(let bytes, let ranges):
            guard let range = ranges[name] else { return nil }
            if let cached = parsed.withLock({ $0[name] }) { return cached }
            let value: JSONValue? = bytes.withUnsafeBufferPointer { buffer in
                try? JSONReader.parse(UnsafeBufferPointer(rebasing: buffer[range]))
            }
            guard let value else { return nil }
            return parsed.withLock { cache in
                if let existing = cache[name] { return existing }
                cache[name] = value
                return value
            }
        }
    }
}
