import Foundation

extension Document {
    /// The value as a timestamp, accepting what botocore accepts for timestamp parameters:
    /// a `Date`, epoch seconds (integral or fractional), or a timestamp string (ISO 8601, HTTP date,
    /// or digits); `nil` outside `TimestampRange` (years 1 to 9999).
    package var timestampValue: Date? {
        switch self {
        case .timestamp(let date): return TimestampRange.contains(date) ? date : nil
        case .int(let seconds): return TimestampRange.date(epochSeconds: Double(seconds))
        case .double(let seconds): return TimestampRange.date(epochSeconds: seconds)
        case .string(let text): return TimestampFormat.parse(text)
        default: return nil
        }
    }

    /// The value as bytes, accepting what botocore accepts for blob parameters: `Data`, or a
    /// string (its UTF-8 bytes).
    package var blobValue: Data? {
        switch self {
        case .blob(let data): return data
        case .string(let text): return Data(text.utf8)
        default: return nil
        }
    }

    /// The value as text for a header, query string or URI label: strings as they are, numbers
    /// and booleans as botocore writes them (`true` / `false`, `1.5`).
    package var scalarText: String? {
        switch self {
        case .string(let text): return text
        case .int(let value): return String(value)
        case .double(let value): return JSONWriter.format(double: value)
        case .bool(let value): return value ? "true" : "false"
        default: return nil
        }
    }
}
