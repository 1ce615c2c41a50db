/// One value of a config file section: a string, or a nested sub-section such as
/// `s3 =\n  addressing_style = path`.
public enum ConfigValue: Sendable, Hashable {
    /// A plain value (multi-line values joined with `\n`).
    case string(String)
    /// An indented block of `key = value` lines under an empty value.
    case section([String: String])

    /// The value when it is a plain string.
    public var string: String? { if case .string(let value) = self { return value }; return nil }
    /// The sub-section when this is one.
    public var section: [String: String]? { if case .section(let value) = self { return value }; return nil }
}

extension ConfigValue {
    /// botocore's `ensure_boolean` on a string: `true` in any case is true, anything else false.
    static func boolean(_ text: String) -> Bool { text.lowercased() == "true" }
}
