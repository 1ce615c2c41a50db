import Synchronization

/// A bounded, thread-safe cache of compiled expressions, keyed by their text.
///
/// When full, the oldest entry is dropped; compiling is cheap enough that a simple
/// first-in-first-out policy beats bookkeeping for recency.
final class JMESPathCache: Sendable {
    /// The cache behind `JMESPathExpression.compile(_:)`.
    static let shared = JMESPathCache(capacity: 512)

    private struct State {
        var entries: [String: JMESPathExpression] = [:]
        var order: [String] = []
        var oldest = 0
    }

    /// The most expressions kept.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = Swift.max(1, capacity)
    }

    /// How many expressions are cached.
    var count: Int { state.withLock { $0.entries.count } }

    /// The compiled `text`, from the cache or compiled now and remembered.
    /// Errors are not cached: a bad expression fails again on every call.
    func expression(for text: String) throws(JMESPathError) -> JMESPathExpression {
        if let cached = state.withLock({ $0.entries[text] }) { return cached }
        let compiled = try JMESPathExpression(text)
        state.withLock { state in
            guard state.entries[text] == nil else { return }
            if state.order.count < capacity {
                state.order.append(text)
            } else {
                state.entries[state.order[state.oldest]] = nil
                state.order[state.oldest] = text
                state.oldest = (state.oldest + 1) % capacity
            }
            state.entries[text] = compiled
        }
        return compiled
    }
}
