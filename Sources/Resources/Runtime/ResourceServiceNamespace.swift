/// A service namespace of generated typed handles (`S3`, `SQS`, `EC2`, ...): the service name and
/// the service resource's handle type, for `session.resource(S3.self)`.
public protocol ResourceServiceNamespace {
    /// The handle type of the service resource (`S3.ServiceResource`).
    associatedtype ServiceResource: ResourceHandle

    /// The service name the handles were generated for (`s3`).
    static var serviceName: String { get }

    /// The resource type names the handles were generated for, in model order.
    static var resourceTypeNames: [String] { get }
}
