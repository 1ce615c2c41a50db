/// How a transport verifies TLS certificates (botocore's `verify` argument and `ca_bundle`).
public enum TLSVerification: Sendable, Hashable {
    /// Verify against the system's trusted roots (the default).
    case enabled
    /// Do not verify certificates (botocore's `verify=False`); for local testing only.
    case disabled
    /// Verify against the PEM bundle at this path (`AWS_CA_BUNDLE`, `ca_bundle`).
    case caBundle(String)
}
