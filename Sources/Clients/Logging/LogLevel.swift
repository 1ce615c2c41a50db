/// How much the SDK logs, least to most severe; a logger set to a level gets that level and
/// every more severe one.
public enum LogLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// Every request's and response's headers and (truncated) bodies, secrets redacted.
    case trace
    /// One line per HTTP request, retries and their reasons, credential and endpoint resolution.
    case debug
    /// Notable events.
    case info
    /// Something that may be a mistake (an unmodeled error name).
    case warning
    /// Failures.
    case error

    /// Orders by severity.
    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The level's name as boto3's log lines print it (`DEBUG`).
    public var name: String {
        switch self {
        case .trace: return "TRACE"
        case .debug: return "DEBUG"
        case .info: return "INFO"
        case .warning: return "WARNING"
        case .error: return "ERROR"
        }
    }
}
