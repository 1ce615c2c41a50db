/// botocore's user agent feature ids (`_USERAGENT_FEATURE_MAPPINGS`) for the features this SDK
/// reports in the `m/` component of the `User-Agent`.
enum FeatureID {
    static let retryModeLegacy = "D"
    static let retryModeStandard = "E"
    static let retryModeAdaptive = "F"
    static let gzipRequestCompression = "L"
    static let protocolRPCv2CBOR = "M"
    static let endpointOverride = "N"
    static let accountIDModePreferred = "P"
    static let accountIDModeDisabled = "Q"
    static let accountIDModeRequired = "R"
    static let resolvedAccountID = "T"
    static let requestChecksumCRC32 = "U"
    static let requestChecksumCRC32C = "V"
    static let requestChecksumCRC64 = "W"
    static let requestChecksumSHA1 = "X"
    static let requestChecksumSHA256 = "Y"
    static let requestChecksumWhenSupported = "Z"
    static let requestChecksumWhenRequired = "a"
    static let responseChecksumWhenSupported = "b"
    static let responseChecksumWhenRequired = "c"
    static let bearerServiceEnvironmentVariables = "3"

    /// The feature id of a request checksum header the SDK added (`x-amz-checksum-crc32` → `U`).
    static func requestChecksum(header: String) -> String? {
        switch header.lowercased() {
        case "x-amz-checksum-crc32": return requestChecksumCRC32
        case "x-amz-checksum-crc32c": return requestChecksumCRC32C
        case "x-amz-checksum-crc64nvme": return requestChecksumCRC64
        case "x-amz-checksum-sha1": return requestChecksumSHA1
        case "x-amz-checksum-sha256": return requestChecksumSHA256
        default: return nil
        }
    }

    /// `ACCOUNT_ID_MODE_<MODE>`.
    static func accountIDMode(_ mode: String) -> String? {
        switch mode {
        case "preferred": return accountIDModePreferred
        case "disabled": return accountIDModeDisabled
        case "required": return accountIDModeRequired
        default: return nil
        }
    }
}
