/// The modeled errors of a client's service by name, as boto3's `client.exceptions`:
/// `s3c.exceptions.NoSuchKey` is a `ModeledError` usable as a `catch` pattern.
///
/// Typed handles list each bundled service's errors for autocompletion (`S3.exceptions.NoSuchKey`).
@dynamicMemberLookup
public struct ClientExceptions: Sendable {
    let model: ServiceModel

    /// The error named `name`; a name the model does not have gives a handle with
    /// `isModeled == false` and suggestions (see `named(_:)` to have it throw).
    public subscript(dynamicMember name: String) -> ModeledError {
        (try? named(name)) ?? ModeledError(serviceName: model.serviceName, name: name, code: name, isModeled: false,
                                           suggestions: ClosestNames.find(name, in: names))
    }

    /// The error named `name`, throwing `UnknownErrorNameError` (with the closest names) when the
    /// model has none.
    public func named(_ name: String) throws -> ModeledError {
        guard let shape = model.shape(named: name), let code = shape.errorCode else {
            throw UnknownErrorNameError(service: model.serviceName, name: name, suggestions: ClosestNames.find(name, in: names))
        }
        return ModeledError(serviceName: model.serviceName, name: name, code: code)
    }

    /// Every modeled error's name, sorted.
    public var names: [String] {
        model.shapeNames.filter { model.shape(named: $0)?.isException == true }.sorted()
    }

    /// Every modeled error, sorted by name.
    public var all: [ModeledError] { names.compactMap { try? named($0) } }
}

extension Client {
    /// The service's modeled errors by name, as boto3's `client.exceptions`:
    /// `catch s3c.exceptions.NoSuchKey { }`.
    public var exceptions: ClientExceptions { ClientExceptions(model: meta.serviceModel) }
}

extension ClientError {
    /// Whether this is the modeled error `error` (`e.matches(s3c.exceptions.NoSuchKey)`).
    public func matches(_ error: ModeledError) -> Bool { error.matches(self) }
}
