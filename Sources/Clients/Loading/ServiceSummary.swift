/// What the model index says of one service, read without loading its model: enough to list
/// services, pick an API version and find its endpoints.
///
/// ```swift
/// let s3 = try ModelLoader.shared.serviceSummary("s3")
/// s3.protocols        // ["rest-xml"]
/// s3.endpointPrefix   // "s3"
/// ```
public struct ServiceSummary: Sendable, Hashable {
    /// The service name as botocore names its data folder (`s3`, `bedrock-runtime`).
    public let name: String
    /// Every API version that can be loaded, ascending.
    public let apiVersions: [String]
    /// The latest version's wire protocols, preferred first (`rest-xml`, `json`, `smithy-rpc-v2-cbor`, ...).
    public let protocols: [String]
    /// The latest version's signing name (`signingName`, else the endpoint prefix).
    public let signingName: String
    /// The latest version's endpoint prefix.
    public let endpointPrefix: String
    /// The latest version's `serviceId` (`S3`, `API Gateway`).
    public let serviceID: String

    /// Creates a summary.
    public init(name: String, apiVersions: [String], protocols: [String], signingName: String, endpointPrefix: String,
                serviceID: String) {
        self.name = name
        self.apiVersions = apiVersions
        self.protocols = protocols
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix
        self.serviceID = serviceID
    }
}
