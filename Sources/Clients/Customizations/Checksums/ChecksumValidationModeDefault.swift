/// Sets the operation's `requestValidationModeMember` (S3 GetObject's `ChecksumMode`) to
/// `ENABLED` when `response_checksum_validation` is `when_supported` and the caller left it out,
/// so the service sends the checksum headers `FlexibleResponseChecksumValidation` verifies
/// (botocore's `_handle_request_validation_mode_member`). Not for presigned requests: botocore's
/// presign context has no client config, so the handler leaves them alone.
struct ChecksumValidationModeDefault: ServiceCustomization {
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard !context.isPresigning, let member = operation.httpChecksum?.requestValidationModeMember,
              context.configuration.responseChecksumValidation == .whenSupported,
              case .map(var entries) = params, entries[member] == nil else { return }
        entries[member] = .string("ENABLED")
        params = .map(entries)
    }
}
