import Foundation
import Synchronization

/// Where the SDK's log lines go, for apps with their own logging: pass one to
/// `Session.setLogHandler(_:level:)` or to a `LoggingInterceptor`.
///
/// ```swift
/// struct ToOSLog: LogHandler {
///     func log(level: LogLevel, message: String) { logger.debug("\(message)") }
/// }
/// Session.setLogHandler(ToOSLog(), level: .debug)
/// ```
/// Messages never hold secrets: credentials, signatures, security tokens and SSE-C keys are
/// redacted before a handler sees them.
public protocol LogHandler: Sendable {
    /// Receives one message (one line at debug level; several at trace level).
    func log(level: LogLevel, message: String)
}

/// A `LogHandler` that calls a closure.
public struct ClosureLogHandler: LogHandler {
    private let body: @Sendable (LogLevel, String) -> Void

    /// Calls `body` with every message.
    public init(_ body: @escaping @Sendable (LogLevel, String) -> Void) { self.body = body }

    /// Calls the closure.
    public func log(level: LogLevel, message: String) { body(level, message) }
}

/// A `LogHandler` writing to standard error, as boto3's `set_stream_logger` does:
/// `2026-12-03 17:40:01,123 aws-swift [DEBUG] message`.
public struct StreamLogHandler: LogHandler {
    /// Creates a handler writing to standard error.
    public init() {}

    /// Writes the message with a timestamp and the level.
    public func log(level: LogLevel, message: String) {
        let line = "\(Self.timestamp(Date())) aws-swift [\(level.name)] \(message)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = Int(seconds.rounded(.down)), millis = Int((seconds - Double(whole)) * 1000)
        let formatted = Date(timeIntervalSince1970: Double(whole)).formatted(.iso8601.year().month().day().dateSeparator(.dash)
            .time(includingFractionalSeconds: false).timeSeparator(.colon))
        return formatted.replacingOccurrences(of: "T", with: " ") + "," + String(format: "%03d", millis)
    }
}

/// Collects messages in memory (for tests and for showing what a run logged).
public final class CollectingLogHandler: LogHandler {
    private let collected = Mutex<[(level: LogLevel, message: String)]>([])

    /// Creates an empty collector.
    public init() {}

    /// Keeps the message.
    public func log(level: LogLevel, message: String) { collected.withLock { $0.append((level, message)) } }

    /// The messages so far, in order.
    public var messages: [String] { collected.withLock { $0.map(\.message) } }

    /// The messages so far with their levels.
    public var entries: [(level: LogLevel, message: String)] { collected.withLock { $0 } }
}
