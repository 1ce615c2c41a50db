import Foundation

/// Byte-level parsers for ISO 8601 and HTTP-date timestamps.
enum TimestampParser {
    /// `YYYY-MM-DD[Tt ]hh:mm:ss[.fraction][Z|z|±hh:mm|±hhmm]`, also the basic form `YYYYMMDDThhmmssZ`
    /// and a bare date `YYYY-MM-DD`.
    static func parseISO8601(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parseISO8601(bytes: $0) }
    }

    /// Whether `text` begins `dddd-` (four digits and a dash), which no number literal does:
    /// such text is a date, and trying it as a number first is wasted work.
    static func startsLikeISODate(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for _ in 0..<4 {
            guard let byte = bytes.next(), (0x30...0x39).contains(byte) else { return false }
        }
        return bytes.next() == UInt8(ascii: "-")
    }

    private static func parseISO8601(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4) else { return nil }
        let extended = scanner.skip("-")
        guard let month = scanner.number(digits: 2) else { return nil }
        if extended { guard scanner.skip("-") else { return nil } }
        guard let day = scanner.number(digits: 2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        if !scanner.atEnd {
            guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else { return nil }
            guard let h = scanner.number(digits: 2) else { return nil }
            if extended { guard scanner.skip(":") else { return nil } }
            guard let m = scanner.number(digits: 2) else { return nil }
            hour = h; minute = m
            if extended ? scanner.skip(":") : scanner.peekDigit {
                guard let s = scanner.number(digits: 2) else { return nil }
                second = s
            }
            if scanner.skip(".") || scanner.skip(",") {
                guard let f = scanner.fraction() else { return nil }
                fraction = f
            }
            if scanner.skip("Z") || scanner.skip("z") {
            } else if let sign = scanner.sign() {
                guard let oh = scanner.number(digits: 2) else { return nil }
                _ = scanner.skip(":")
                let om = scanner.number(digits: 2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            }
            guard scanner.atEnd else { return nil }
        }
        return TimestampRange.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                                   offsetSeconds: offset, fraction: fraction)
    }

    /// `Sun, 06 Nov 1994 08:49:37 GMT` (also without the weekday, and with `UTC` or `+0000`).
    static func parseHTTPDate(_ text: String) -> Date? {
        var parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let first = parts.first, first.hasSuffix(",") || CivilTime.weekdayNames.contains(first) { parts.removeFirst() }
        guard parts.count >= 4, let day = Int(parts[0]),
              let monthIndex = CivilTime.monthNames.firstIndex(where: { $0.caseInsensitiveCompare(parts[1]) == .orderedSame }),
              let year = Int(parts[2]) else { return nil }
        let clock = parts[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        var offset = 0
        if parts.count > 4 {
            let zone = parts[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * ((value / 100) * 3600 + (value % 100) * 60)
            }
        }
        return TimestampRange.date(year: year, month: monthIndex + 1, day: day, hour: clock[0], minute: clock[1],
                                   second: clock[2], offsetSeconds: offset)
    }
}

/// A tiny cursor over ASCII bytes.
private struct DigitScanner {
    /// Borrowed for the duration of one parse (never escapes `parseISO8601(bytes:)`).
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    var peekDigit: Bool { index < bytes.count && (0x30...0x39).contains(bytes[index]) }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for _ in 0..<digits {
            let byte = bytes[index]
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
            index += 1
        }
        return value
    }

    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
            value += Double(bytes[index] - 0x30) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
