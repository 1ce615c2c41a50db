import Synchronization

/// What a service model says about endpoint discovery, as botocore's `EndpointDiscoveryModel`:
/// which operation discovers (`endpointoperation`), which operations use it (`endpointdiscovery`,
/// `required` or not), and which input members identify the resource (`endpointdiscoveryid`).
package final class EndpointDiscoveryModel: Sendable {
    /// How an operation uses endpoint discovery.
    package enum Use: Sendable, Hashable {
        /// The operation has no `endpointdiscovery` trait.
        case none
        /// `endpointdiscovery: {}`: sent to a discovered endpoint when discovery is `.enabled`.
        case optional
        /// `endpointdiscovery: {"required": true}`: sent to a discovered endpoint unless discovery is `.disabled`.
        case required
    }

    /// The service model.
    package let service: ServiceModel
    /// The discovery operation, found on first use (`.some(nil)`: the service has none).
    private let found = Mutex<OperationModel??>(nil)

    /// The discovery facts of `service`; nothing is read until asked.
    package init(service: ServiceModel) {
        self.service = service
    }

    /// How `operation` uses endpoint discovery.
    package static func use(of operation: OperationModel) -> Use {
        guard let trait = operation.definition["endpointdiscovery"]?.object else { return .none }
        return trait["required"]?.bool == true ? .required : .optional
    }

    /// The service's discovery operation (the first marked `endpointoperation`, in model order),
    /// `nil` when it has none; the operations are looked through once.
    package var discoveryOperation: OperationModel? {
        if let known = found.withLock({ $0 }) { return known }
        let operation = service.operationNames.lazy.compactMap { try? self.service.operation($0) }
            .first { $0.definition["endpointoperation"]?.bool == true }
        found.withLock { $0 = .some(operation) }
        return operation
    }

    /// The values of the input members marked `endpointdiscoveryid`, found through nested
    /// structures the parameters hold, by member name (botocore's `gather_identifiers`). A marked
    /// member the caller left out is skipped (validation reports it when it is required).
    package func identifiers(for operation: OperationModel, params: Document) -> [String: Document] {
        var identifiers: [String: Document] = [:]
        if let input = operation.input { Self.gather(input, params, into: &identifiers) }
        return identifiers
    }

    private static func gather(_ shape: Shape, _ params: Document, into identifiers: inout [String: Document]) {
        for (name, member) in shape.members {
            guard let value = params[name] else { continue }
            if member.definition["endpointdiscoveryid"]?.bool == true {
                identifiers[name] = value
            } else if member.type == .structure {
                gather(member, value, into: &identifiers)
            }
        }
    }

    /// The parameters of the discovery call for `operation` with `identifiers` (botocore's
    /// `discovery_operation_kwargs`): `Operation` and `Identifiers` only when there are
    /// identifiers, and only those the discovery operation's input has. They are also the key
    /// its answer is cached under.
    package func discoveryParameters(operation: String, identifiers: [String: Document]) -> Document {
        guard !identifiers.isEmpty, let input = discoveryOperation?.input else { return [:] }
        var parameters: [String: Document] = [:]
        if input.member("Operation") != nil { parameters["Operation"] = .string(operation) }
        if input.member("Identifiers") != nil { parameters["Identifiers"] = .map(identifiers) }
        return .map(parameters)
    }
}
