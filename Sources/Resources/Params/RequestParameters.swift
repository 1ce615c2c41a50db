/// Builds the parameters of a resource's request from its model (boto3's `create_request_parameters`):
/// identifiers, data members and constants, written at their targets.
enum RequestParameters {
    /// Adds `params`' values taken from `resource` into `into`. `index` is the resource's position in
    /// a batch (for `[*]` targets). Loads the resource when a `data` source needs it.
    static func fill(_ into: inout Document, from params: [ResourceParameter], of resource: Resource, index: Int? = nil) async throws {
        for param in params {
            let value: Document
            switch param.source {
            case .identifier:
                value = try await resource.identifierOrAttribute(param.name ?? "")
            case .data:
                value = try await resource.dataMember(param.path)
            case .string, .integer, .boolean:
                value = param.value ?? .null
            case .input:
                continue
            case .response, .requestParameter:
                throw ResourceError(.unsupported,
                                    "The \(resource.meta.resourceModel.qualifiedName) model fills the request parameter '\(param.target)' from '\(param.source.rawValue)', which only response identifiers may use.")
            }
            param.target.assign(value, in: &into, index: index)
        }
    }

    /// The parameters of `request` for `resource`, with the caller's `input` replacing top-level entries.
    static func build(_ params: [ResourceParameter], for resource: Resource, input: Document) async throws -> Document {
        var result: Document = .map([:])
        try await fill(&result, from: params, of: resource)
        return result.updating(with: input)
    }
}
