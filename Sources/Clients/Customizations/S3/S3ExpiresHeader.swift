/// Handles the `Expires` response header as botocore 1.43's `handle_expires_header`: the raw
/// value is always returned as `ExpiresString`, and a value that is not a timestamp is dropped
/// before parsing (so `Expires` is absent instead of the whole call failing).
struct S3ExpiresHeader: ServiceCustomization {
    func inspectResponse(_ response: inout HTTPResponse, operation: OperationModel, context: CustomizationContext) throws {
        guard response.statusCode < 300, let value = response.headers["Expires"], Self.hasExpiresMember(operation),
              TimestampFormat.parse(value) == nil else { return }
        response.headers["Expires"] = nil
    }

    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        guard let value = response.headers["Expires"], Self.hasExpiresMember(operation),
              case .map(var entries) = output else { return }
        entries["ExpiresString"] = .string(value)
        output = .map(entries)
    }

    /// botocore's `_has_expires_shape`: a member of shape `Expires` sent as the `Expires` header.
    static func hasExpiresMember(_ operation: OperationModel) -> Bool {
        guard let member = operation.output?.member("Expires") else { return false }
        return member.name == "Expires" && member.locationName == "Expires"
    }
}
