extension ConfigResolver {
    /// The retry mode and configured total attempts: `Config.retries` first (its `totalMaxAttempts`,
    /// else `maxAttempts + 1`, and its `mode`), then `AWS_MAX_ATTEMPTS` / `AWS_RETRY_MODE`, then the
    /// profile's `max_attempts` / `retry_mode`; the mode defaults to `legacy` as in botocore.
    func retrySettings(config: Config?) throws(ConfigError) -> (mode: RetryMode, total: Int?) {
        let retries = config?.retries
        var total: Int?
        if let configured = retries?.totalMaxAttempts {
            guard configured >= 1 else { throw ConfigError.invalid("retries totalMaxAttempts", String(configured), allowed: ["an integer of at least 1"]) }
            total = configured
        } else if let retryCount = retries?.maxAttempts {
            guard retryCount >= 0 else { throw ConfigError.invalid("retries maxAttempts", String(retryCount), allowed: ["an integer of at least 0"]) }
            total = retryCount + 1
        } else if let text = value(env: ["AWS_MAX_ATTEMPTS"], profile: ["max_attempts"]) {
            guard let parsed = Int(text.trimmingCharacters(in: .whitespaces)), parsed >= 1 else {
                throw ConfigError.invalid("max_attempts (AWS_MAX_ATTEMPTS)", text, allowed: ["an integer of at least 1"])
            }
            total = parsed
        }
        if let mode = retries?.mode { return (mode, total) }
        guard let text = value(env: ["AWS_RETRY_MODE"], profile: ["retry_mode"]) else { return (.legacy, total) }
        guard let mode = RetryMode(rawValue: text) else {
            throw ConfigError.invalid("retry_mode (AWS_RETRY_MODE)", text, allowed: RetryMode.allCases.map(\.rawValue))
        }
        return (mode, total)
    }
}
