/// The bucket-name checks botocore makes when presigning S3 requests.
enum S3BucketNames {
    /// botocore's `ArnParser.is_arn`: `arn:` followed by at least five more `:`-separated parts.
    static func isARN(_ name: String) -> Bool {
        name.hasPrefix("arn:") && name.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).count == 6
    }

    /// `^(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$`, botocore's `VALID_HOST_LABEL_RE`: names that are not
    /// valid host labels (dots included) need path-style URLs.
    static func isValidHostLabel(_ label: String) -> Bool {
        let bytes = label.utf8
        guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D
        }
    }
}
