import Foundation
@testable import AWSClients

/// The JSON forms `Tests/Differential/boto3_calls.py` reads and prints: bytes as `{"$blob": BASE64}`,
/// times as `{"$timestamp": ...}` (epoch seconds in parameters, `YYYY-MM-DDTHH:MM:SS.ffffffZ` in results).
enum ReplayEncoding {
    /// Parameters as the script reads them.
    static func parameters(_ value: Document) -> Document {
        switch value {
        case .blob(let data): return ["$blob": .string(data.base64EncodedString())]
        case .timestamp(let date): return ["$timestamp": .double(date.timeIntervalSince1970)]
        case .list(let items): return .list(items.map(parameters))
        case .map(let entries): return .map(entries.mapValues(parameters))
        default: return value
        }
    }

    /// A Swift result in the form the script prints boto3's: tagged bytes and times, and
    /// `ResponseMetadata` cut down to `HTTPStatusCode` (request ids and headers differ per request).
    static func result(_ value: Document) -> Document {
        switch value {
        case .blob(let data): return ["$blob": .string(data.base64EncodedString())]
        case .timestamp(let date): return ["$timestamp": .string(microseconds(date))]
        case .list(let items): return .list(items.map(result))
        case .map(let entries):
            var out: [String: Document] = [:]
            for (key, item) in entries {
                out[key] = key == "ResponseMetadata" ? ["HTTPStatusCode": item["HTTPStatusCode"] ?? .null] : result(item)
            }
            return .map(out)
        default: return value
        }
    }

    /// `date` in UTC to the microsecond, as Python's `strftime("%Y-%m-%dT%H:%M:%S.%fZ")` writes it.
    static func microseconds(_ date: Date) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let seconds = total >= 0 ? total / 1_000_000 : (total - 999_999) / 1_000_000
        let fraction = total - seconds * 1_000_000
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let whole = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))  // 2026-05-17T12:34:56Z
        return whole.dropLast() + "." + String(format: "%06lld", fraction) + "Z"
    }
}
