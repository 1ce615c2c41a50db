import Foundation

/// The instants a timestamp may hold: 0001-01-01T00:00:00Z through 9999-12-31T23:59:59.999999Z,
/// the range of Python's `datetime`. botocore raises a parse error for a response timestamp
/// outside it; so does this SDK, rather than carry a date no format can print.
public enum TimestampRange {
    /// Seconds since 1970 of the earliest instant (0001-01-01T00:00:00Z).
    public static let earliestSeconds: Double = -62_135_596_800
    /// Seconds since 1970 just past the latest instant (10000-01-01T00:00:00Z).
    public static let endSeconds: Double = 253_402_300_800

    /// Whether `seconds` since 1970 is a finite number inside the range.
    public static func contains(epochSeconds seconds: Double) -> Bool {
        seconds.isFinite && seconds >= earliestSeconds && seconds < endSeconds
    }

    /// Whether `date` is inside the range.
    public static func contains(_ date: Date) -> Bool {
        contains(epochSeconds: date.timeIntervalSince1970)
    }

    /// The date `seconds` after 1970, or `nil` when that is not finite or outside the range.
    public static func date(epochSeconds seconds: Double) -> Date? {
        contains(epochSeconds: seconds) ? Date(timeIntervalSince1970: seconds) : nil
    }

    /// The date of a civil time, or `nil` when a field is out of its range (a year outside
    /// 1...9999, month 13, hour 25...) or the instant falls outside the range. Never traps,
    /// however large the fields.
    static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                     offsetSeconds: Int = 0, fraction: Double = 0) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour),
              (0..<60).contains(minute), (0...60).contains(second), (-86_400...86_400).contains(offsetSeconds) else { return nil }
        let days = CivilTime.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return date(epochSeconds: Double(seconds) + fraction)
    }

    /// The text used in place of a formatted date when the date is too far out for a calendar
    /// (never produced by parsing; only a `Date` built in code can be that far out).
    static func outOfRangeText(_ seconds: Double) -> String {
        seconds.isFinite ? JSONWriter.format(double: seconds) : String(describing: seconds)
    }

    /// Seconds since 1970 the formatter can turn into a calendar date without overflow
    /// (about 31 million years either way).
    static let calendarSafeSeconds: Double = 1e15
}
