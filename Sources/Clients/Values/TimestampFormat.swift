import Foundation

/// The wire formats AWS uses for timestamps, with fast formatting and parsing
/// (no `DateFormatter`: those cost tens of microseconds per call and are not thread-safe on Linux).
public enum TimestampFormat: String, Sendable, CaseIterable {
    /// `2015-08-30T12:36:00Z`, with `.ffffffZ` when there are fractional seconds (botocore's default).
    case iso8601
    /// `Sun, 30 Aug 2015 12:36:00 GMT` (HTTP dates; always whole seconds).
    case rfc822
    /// Seconds since 1970 (`1440938160`).
    case epochSeconds = "unixTimestamp"

    /// The format named by a model's `timestampFormat` trait (`iso8601`, `rfc822`, `unixTimestamp`).
    public init?(modelName: String) {
        switch modelName.lowercased() {
        case "iso8601": self = .iso8601
        case "rfc822": self = .rfc822
        case "unixtimestamp": self = .epochSeconds
        default: return nil
        }
    }

    /// Sub-second precision when formatting.
    public enum Precision: Sendable {
        /// Microseconds for ISO 8601 when non-zero, whole seconds for epoch and RFC 822 (botocore's default).
        case standard
        /// Milliseconds always for ISO 8601, fractional epoch seconds (Smithy's standard).
        case millisecond
    }

    /// Formats `date` in this format. Never traps: a date too far out for a calendar (only a
    /// `Date` built in code can be; parsing never yields one) is written as its epoch seconds.
    public func format(_ date: Date, precision: Precision = .standard) -> String {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite, abs(interval) < TimestampRange.calendarSafeSeconds else {
            return TimestampRange.outOfRangeText(interval)
        }
        var seconds = Int(interval.rounded(.down))
        var micros = Int(((interval - Double(seconds)) * 1_000_000).rounded())
        if micros >= 1_000_000 { seconds += 1; micros -= 1_000_000 }
        switch self {
        case .epochSeconds:
            if precision == .millisecond {
                // Always a fraction (`1440938160.0`), as botocore's `base + milliseconds / 1000.0` prints.
                return JSONWriter.format(double: Double(seconds) + Double(micros / 1000) / 1000)
            }
            return String(seconds)
        case .iso8601:
            let civil = CivilTime(epochSeconds: seconds)
            var text = civil.isoDateTime
            switch precision {
            case .millisecond: text += "." + Self.pad(micros / 1000, 3)
            case .standard: if micros > 0 { text += "." + Self.pad(micros, 6) }
            }
            return text + "Z"
        case .rfc822:
            return CivilTime(epochSeconds: seconds).httpDate
        }
    }

    /// Formats a date as `20150830T123600Z` (SigV4's `X-Amz-Date`).
    public static func amzDate(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite, abs(interval) < TimestampRange.calendarSafeSeconds else {
            return TimestampRange.outOfRangeText(interval)
        }
        let civil = CivilTime(epochSeconds: Int(interval.rounded(.down)))
        guard (0...9999).contains(civil.year) else {
            return pad(civil.year, 4) + pad(civil.month, 2) + pad(civil.day, 2) + "T"
                + pad(civil.hour, 2) + pad(civil.minute, 2) + pad(civil.second, 2) + "Z"
        }
        // Every request is signed with this: written as digits into one 16-byte string.
        return String(unsafeUninitializedCapacity: 16) { out in
            var index = 0
            func put(_ value: Int, _ width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    out[index] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    index += 1
                    divisor /= 10
                }
            }
            put(civil.year, 4); put(civil.month, 2); put(civil.day, 2)
            out[index] = UInt8(ascii: "T"); index += 1
            put(civil.hour, 2); put(civil.minute, 2); put(civil.second, 2)
            out[index] = UInt8(ascii: "Z"); index += 1
            return index
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Parses any timestamp form botocore accepts from a service: ISO 8601 (with or without
    /// fraction, `Z` or an offset), RFC 822 / HTTP dates, or epoch seconds (integral or fractional).
    /// `nil` for anything else, and for an instant outside `TimestampRange` (years 1 to 9999).
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingWhitespaces
        if !TimestampParser.startsLikeISODate(trimmed), let value = Double(trimmed),
           trimmed.first?.isNumber == true || trimmed.first == "-" {
            return TimestampRange.date(epochSeconds: value)
        }
        return TimestampParser.parseISO8601(trimmed) ?? TimestampParser.parseHTTPDate(trimmed)
    }

}

/// A UTC calendar date and time computed from epoch seconds (proleptic Gregorian).
struct CivilTime {
    var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int

    init(epochSeconds: Int) {
        let days = Int((Double(epochSeconds) / 86_400).rounded(.down))
        let secondsOfDay = epochSeconds - days * 86_400
        hour = secondsOfDay / 3600
        minute = (secondsOfDay % 3600) / 60
        second = secondsOfDay % 60
        weekday = ((days % 7) + 11) % 7  // 0 = Sunday; 1970-01-01 was a Thursday
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 for a civil date (days_from_civil).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    var isoDateTime: String {
        TimestampFormat.pad(year, 4) + "-" + TimestampFormat.pad(month, 2) + "-" + TimestampFormat.pad(day, 2) + "T"
            + TimestampFormat.pad(hour, 2) + ":" + TimestampFormat.pad(minute, 2) + ":" + TimestampFormat.pad(second, 2)
    }

    var httpDate: String {
        Self.weekdayNames[weekday] + ", " + TimestampFormat.pad(day, 2) + " " + Self.monthNames[month - 1] + " "
            + TimestampFormat.pad(year, 4) + " " + TimestampFormat.pad(hour, 2) + ":" + TimestampFormat.pad(minute, 2)
            + ":" + TimestampFormat.pad(second, 2) + " GMT"
    }
}
