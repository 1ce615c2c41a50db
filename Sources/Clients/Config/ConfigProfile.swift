/// The settings of one profile (or `sso-session` / `services` section): keys are lowercased as
/// botocore's INI parser lowercases them; sub-section keys keep their case.
public struct ConfigProfile: Sendable, Hashable {
    /// The profile's name (`default`, `dev`, ...).
    public var name: String
    /// The settings.
    public var values: [String: ConfigValue]

    /// Creates a profile.
    public init(name: String, values: [String: ConfigValue] = [:]) {
        self.name = name
        self.values = values
    }

    /// The plain string value of `key`, `nil` when absent or a sub-section.
    public subscript(key: String) -> String? { values[key]?.string }

    /// The sub-section under `key` (`s3`, ...), `nil` when absent or a plain value.
    public func section(_ key: String) -> [String: String]? { values[key]?.section }

    /// Whether `key` is set (as a value or a sub-section).
    public func contains(_ key: String) -> Bool { values[key] != nil }
}
