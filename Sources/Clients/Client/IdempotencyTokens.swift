import Foundation

/// Fills members marked `idempotencyToken` with a fresh UUID when the caller left them out,
/// as botocore's `generate_idempotent_uuid` handler (EC2 `ClientToken`, ...).
enum IdempotencyTokens {
    static func fill(_ params: inout Document, operation: OperationModel) {
        let members = operation.idempotentMembers
        guard !members.isEmpty else { return }
        for member in members where params[member] == nil {
            params[member] = .string(UUID().uuidString.lowercased())
        }
    }
}
