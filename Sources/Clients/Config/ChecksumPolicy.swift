/// When request checksums are computed or response checksums validated
/// (`request_checksum_calculation` / `response_checksum_validation`).
public enum ChecksumPolicy: String, Sendable, Hashable, CaseIterable {
    /// Whenever the operation supports a checksum (the default).
    case whenSupported = "when_supported"
    /// Only when the operation requires one.
    case whenRequired = "when_required"
}
