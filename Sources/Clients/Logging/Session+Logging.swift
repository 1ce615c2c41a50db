extension Session {
    /// Logs what every client does to standard error from `level` up, as
    /// `boto3.set_stream_logger('botocore', logging.DEBUG)`: at `.debug` one line per HTTP
    /// request (operation, endpoint, status, attempt, duration, request id), retries and their
    /// reasons, credential and endpoint resolution; at `.trace` also headers and bodies
    /// (truncated). Secrets are redacted.
    ///
    /// ```swift
    /// Session.setStreamLogger(level: .debug)
    /// ```
    public static func setStreamLogger(level: LogLevel = .debug) {
        SDKLog.set(StreamLogHandler(), level: level)
    }

    /// Sends what every client logs from `level` up to `handler` (an app's own logging);
    /// `nil` turns logging off.
    public static func setLogHandler(_ handler: (any LogHandler)?, level: LogLevel = .debug) {
        SDKLog.set(handler, level: level)
    }
}
