import Foundation

/// The timestamps of SSO and `aws login` cache files: read as leniently as botocore's
/// `dateutil.parser.parse` reads the forms the CLI has written (`2025-01-01T00:00:00Z`,
/// `2025-01-01T00:00:00UTC` from older CLI v2 releases, an offset, or no zone, taken as UTC), and
/// written as botocore writes them (`%Y-%m-%dT%H:%M:%SZ`, whole seconds).
enum CacheTimestamp {
    static func parse(_ text: String) -> Date? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        for suffix in [" UTC", "UTC", " GMT", "GMT"] where trimmed.hasSuffix(suffix) {
            trimmed = String(trimmed.dropLast(suffix.count)) + "Z"
            break
        }
        return TimestampFormat.parse(trimmed)
    }

    static func format(_ date: Date) -> String {
        TimestampFormat.iso8601.format(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }
}
