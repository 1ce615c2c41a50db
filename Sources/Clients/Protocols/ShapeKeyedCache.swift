import Synchronization

/// Values worked out once per shape (which members a response carries where, ...), keyed by the
/// shape's identity.
///
/// Each entry keeps its shape alive, so an `ObjectIdentifier` is never reused by another shape
/// while its entry exists. The cache grows to the number of distinct shapes used, which the
/// service model bounds.
final class ShapeKeyedCache<Value: Sendable>: Sendable {
    private let entries = Mutex<[ObjectIdentifier: (shape: Shape, value: Value)]>([:])

    /// The value for `shape`, made by `make` on first use.
    func value(for shape: Shape, make: (Shape) -> Value) -> Value {
        let key = ObjectIdentifier(shape)
        if let cached = entries.withLock({ $0[key]?.value }) { return cached }
        let value = make(shape)
        return entries.withLock { entries in
            if let existing = entries[key] { return existing.value }
            entries[key] = (shape, value)
            return value
        }
    }
}
