/// Defaults Glacier's required `accountId` to `-` (the account that signs the request), as
/// botocore's `inject_account_id`.
struct GlacierAccountIDDefault: ServiceCustomization {
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard operation.input?.member("accountId") != nil, case .map(var entries) = params else { return }
        if entries["accountId"] == nil || entries["accountId"] == .null {
            entries["accountId"] = .string("-")
            params = .map(entries)
        }
    }
}
