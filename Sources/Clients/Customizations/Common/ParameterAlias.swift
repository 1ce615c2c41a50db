/// Accepts a second name for an input member, the one botocore documents, as its `ParameterAlias`:
/// EC2's `Filter` members as `Filters`, CloudWatch Logs `CreateExportTask`'s `from` as `fromTime`,
/// CloudSearch Domain `Search`'s `return` as `returnFields` (`from` and `return` are Python
/// keywords). The value given under the alias is sent as the modeled member.
///
/// Only for operations whose input has the original member; giving both names throws
/// `ParamValidationError`, as botocore's `AliasConflictParameterError`.
struct ParameterAlias: ServiceCustomization {
    /// The modeled member name.
    let original: String
    /// The name callers may use instead.
    let alias: String
    /// The operation it applies to; `nil` for every operation of the service.
    var operationName: String?

    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        if let operationName, operation.name != operationName { return }
        guard case .map(var entries) = params, let value = entries[alias], operation.input?.member(original) != nil else { return }
        if entries[original] != nil {
            throw ParamValidationError(problems: [.init(
                kind: .invalidValue, path: alias,
                message: "Parameter '\(original)' and its alias '\(alias)' were provided for operation \(operation.name).  "
                    + "Only one of them may be used.")])
        }
        entries[alias] = nil
        entries[original] = value
        params = .map(entries)
    }
}
