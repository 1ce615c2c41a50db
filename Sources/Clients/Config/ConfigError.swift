/// A problem with the shared config or credentials files, or with a configuration value.
///
/// Messages name the file, line, profile or setting at fault and never repeat a secret.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The family of problem.
    public enum Code: Sendable, Hashable {
        /// A config or credentials file could not be read or parsed (botocore's `ConfigParseError`).
        case parseFailed
        /// An explicitly selected profile exists in neither file (botocore's `ProfileNotFound`).
        case profileNotFound
        /// A setting has a value outside its allowed set (botocore's `InvalidConfigError` and kin).
        case invalidValue
    }

    /// The family of problem.
    public let code: Code
    /// What went wrong and what to do about it.
    public let message: String
    /// The file involved, when there is one.
    public let path: String?
    /// The 1-based line involved, when there is one.
    public let line: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
    }

    /// The message.
    public var description: String { message }

    static func parse(_ path: String, line: Int?, _ problem: String) -> ConfigError {
        let location = line.map { "\(path), line \($0)" } ?? path
        return ConfigError(.parseFailed, "Unable to parse config file: \(location): \(problem)", path: path, line: line)
    }

    static func invalid(_ setting: String, _ value: String, allowed: [String]) -> ConfigError {
        ConfigError(.invalidValue, "Invalid value '\(value)' for \(setting); valid values are: "
            + allowed.joined(separator: ", ") + ".")
    }
}
