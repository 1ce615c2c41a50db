import Synchronization

/// The SDK's global logger, set by `Session.setStreamLogger(level:)` and
/// `Session.setLogHandler(_:level:)`: what the clients' calls log through (as an interceptor
/// added after their own), and what credential resolution logs to.
///
/// When nothing logs, checking costs one relaxed atomic load.
package enum SDKLog {
    /// The level's raw value, or `Int.max` when nothing logs.
    private static let threshold = Atomic<Int>(Int.max)
    private static let state = Mutex<(handler: (any LogHandler)?, interceptor: LoggingInterceptor?)>((nil, nil))

    /// Sends the SDK's log messages at `level` and above to `handler` (`nil`: log nothing).
    static func set(_ handler: (any LogHandler)?, level: LogLevel) {
        state.withLock { state in
            state = handler.map { ($0, LoggingInterceptor(level: level, handler: $0)) } ?? (nil, nil)
            threshold.store(handler == nil ? Int.max : level.rawValue, ordering: .releasing)
        }
    }

    /// Whether a message at `level` would be logged.
    package static func isEnabled(_ level: LogLevel) -> Bool { level.rawValue >= threshold.load(ordering: .relaxed) }

    /// Logs `message` (built only when it would be logged).
    package static func log(_ level: LogLevel, _ message: @autoclosure () -> String) {
        guard isEnabled(level), let handler = state.withLock({ $0.handler }) else { return }
        handler.log(level: level, message: LogRedaction.text(message()))
    }

    /// The interceptor every client's calls run last, when something logs.
    static var globalInterceptor: LoggingInterceptor? {
        guard threshold.load(ordering: .relaxed) != Int.max else { return nil }
        return state.withLock { $0.interceptor }
    }
}
