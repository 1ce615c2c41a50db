/// Recognizes the S3 access point and Outposts access point ARNs botocore accepts in place of a
/// bucket name (its `VALID_S3_ARN` patterns), without a regular expression.
enum S3AccessPointARN {
    /// `arn:aws…:s3|s3-object-lambda:<region>:<12 digits>:accesspoint[/:]<name>` or
    /// `arn:aws…:s3-outposts:<region>:<12 digits>:outpost[/:]<id>[/:]accesspoint[/:]<name>`.
    static func matches(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"),
              parts[3].utf8.allSatisfy({ isLowerAlnum($0) || $0 == UInt8(ascii: "-") }),
              parts[4].utf8.count == 12, parts[4].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let resource = parts[5].split(omittingEmptySubsequences: false) { $0 == "/" || $0 == ":" }
        switch parts[2] {
        case "s3", "s3-object-lambda":
            return resource.count == 2 && resource[0] == "accesspoint" && isName(resource[1], allowDot: true)
        case "s3-outposts":
            guard !parts[3].isEmpty else { return false }
            return resource.count == 4 && resource[0] == "outpost" && isName(resource[1], allowDot: false)
                && resource[2] == "accesspoint" && isName(resource[3], allowDot: false)
        default:
            return false
        }
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func isName(_ text: Substring, allowDot: Bool) -> Bool {
        (1...63).contains(text.utf8.count) && text.utf8.allSatisfy { byte in
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || (allowDot && byte == UInt8(ascii: "."))
        }
    }
}
