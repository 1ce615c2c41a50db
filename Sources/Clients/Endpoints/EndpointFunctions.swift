/// The rule-set standard library functions that work on plain strings, with botocore's semantics.
enum EndpointFunctions {
    /// Python truthiness, which `not` applies: unset, `false`, `""`, `0` and empty lists or maps are false.
    static func isTruthy(_ value: Document?) -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let flag)?: return flag
        case .int(let number)?: return number != 0
        case .double(let number)?: return number != 0
        case .string(let text)?: return !text.isEmpty
        case .list(let elements)?: return !elements.isEmpty
        case .map(let entries)?: return !entries.isEmpty
        case .blob(let data)?: return !data.isEmpty
        case .timestamp?: return true
        }
    }

    /// `substring(value, start, stop, reverse)`: `nil` unless `0 <= start < stop <= count` on ASCII text;
    /// with `reverse`, the indices count from the end.
    static func substring(_ text: String, start: Int, stop: Int, reverse: Bool) -> String? {
        let bytes = text.utf8
        guard start < stop, bytes.count >= stop, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let count = bytes.count
        var lower = reverse ? count - stop : start
        var upper = reverse ? count - start : stop
        // Python slice bounds: negative counts from the end, then clamp.
        if lower < 0 { lower = max(0, lower + count) }
        if upper < 0 { upper = max(0, upper + count) }
        lower = min(lower, count)
        upper = min(upper, count)
        guard lower < upper else { return "" }
        let from = bytes.index(bytes.startIndex, offsetBy: lower)
        let to = bytes.index(bytes.startIndex, offsetBy: upper)
        return String(decoding: Array(bytes[from..<to]), as: UTF8.self)
    }

    /// `uriEncode`: percent-encodes the UTF-8 bytes of everything but `A-Z a-z 0-9 - . _ ~`.
    static func uriEncode(_ text: String) -> String {
        PercentEncoding.encode(text)
    }

    /// `isValidHostLabel`: an RFC 1123 label (letters, digits, `-`; 1 to 63 characters; no `-` at
    /// either end). With `allowSubdomains` true each dot-separated label is checked; with it
    /// false, any dot fails.
    static func isValidHostLabel(_ value: String?, allowSubdomains: Bool?) -> Bool {
        guard let value else { return false }
        if allowSubdomains == false, value.utf8.contains(UInt8(ascii: ".")) { return false }
        if allowSubdomains == true {
            return value.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isHostLabel($0) }
        }
        return isHostLabel(Substring(value))
    }

    /// `^(?!-)[a-zA-Z\d-]{1,63}(?<!-)$` as Python's `re` reads it: `\d` is any decimal digit and `$`
    /// also matches before one final newline.
    private static func isHostLabel(_ label: Substring) -> Bool {
        var scalars = label.unicodeScalars[...]
        if scalars.last == "\n" { scalars = scalars.dropLast() }
        guard let first = scalars.first, let last = scalars.last, first != "-", last != "-" else { return false }
        var count = 0
        for scalar in scalars {
            count += 1
            if count > 63 { return false }
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D: continue
            default:
                if scalar.isASCII || scalar.properties.generalCategory != .decimalNumber { return false }
            }
        }
        return true
    }

    /// `aws.isVirtualHostableS3Bucket`: a host label (or labels, with `allowSubdomains`) of at
    /// least 3 characters, all lowercase, not shaped like an IPv4 address.
    static func isVirtualHostableS3Bucket(_ value: String?, allowSubdomains: Bool?) -> Bool {
        guard let value, value.unicodeScalars.count >= 3, !IPAddressText.isLooseIPv4(value, allowTrailingNewline: true) else {
            return false
        }
        let isLowercase = value.utf8.allSatisfy { $0 >= 0x80 || !(0x41...0x5A).contains($0) } && (value.utf8.allSatisfy { $0 < 0x80 } || value.lowercased() == value)
        guard isLowercase else { return false }
        return isValidHostLabel(value, allowSubdomains: allowSubdomains)
    }
}
