/// Gives the current code of an MFA device, for profiles that assume a role with `mfa_serial`
/// (botocore prompts on the terminal; this SDK never prompts, it asks this closure). It receives
/// the device's serial number or ARN and returns the six-digit code; a thrown error stops the
/// credential resolution with that error.
///
/// Asked on the first `AssumeRole` and again at every refresh (botocore cannot refresh such
/// credentials and raises `RefreshWithMFAUnsupportedError` instead).
/// ```swift
/// let session = try Session(profile: "admin", mfaTokenProvider: { serial in
///     try await authenticator.currentCode(for: serial)
/// })
/// ```
public typealias MFATokenProvider = @Sendable (_ serialNumber: String) async throws -> String
