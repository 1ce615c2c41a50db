import Foundation

/// One parsed INI file (`~/.aws/config` or `~/.aws/credentials`): its sections in file order,
/// each a map of lowercased keys to values, parsed as botocore's `raw_config_parse` does.
///
/// ```swift
/// let file = try ConfigFile.parse("[default]\nregion = us-west-2\n", path: "config")
/// file["default"]?["region"]  // .string("us-west-2")
/// ```
public struct ConfigFile: Sendable, Hashable {
    /// The path it was read from (as given, after `~` and `$VAR` expansion).
    public let path: String
    /// Section names in the order they first appear.
    public let sectionNames: [String]
    /// The sections by name (values of a `[DEFAULT]` section are inherited by every section).
    public let sections: [String: [String: ConfigValue]]

    /// Creates a file from parsed sections.
    public init(path: String, sectionNames: [String], sections: [String: [String: ConfigValue]]) {
        self.path = path
        self.sectionNames = sectionNames
        self.sections = sections
    }

    /// The section named `name`, exactly as written between the brackets.
    public subscript(name: String) -> [String: ConfigValue]? { sections[name] }

    /// Parses INI text; errors name `path` and the line at fault.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> ConfigFile {
        var parser = ConfigFileParser(path: path)
        return try parser.parse(text)
    }

    /// Reads and parses the file at `path`; `nil` when there is no regular file there
    /// (botocore skips missing files).
    public static func load(path: String) throws(ConfigError) -> ConfigFile? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigError.parse(path, line: nil, "the file could not be read (\(error.localizedDescription)); check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError.parse(path, line: nil, "the file is not valid UTF-8 text")
        }
        return try parse(text, path: path)
    }
}
