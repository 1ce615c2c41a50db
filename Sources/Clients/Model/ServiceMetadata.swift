/// The `metadata` block of a service model.
public struct ServiceMetadata: Sendable {
    /// `apiVersion`, e.g. `2006-03-01`.
    public let apiVersion: String
    /// `endpointPrefix`, e.g. `s3`.
    public let endpointPrefix: String
    /// `protocol`: the legacy single protocol name.
    public let protocolName: String
    /// `protocols`: every protocol the service speaks, in its order of preference.
    public let protocols: [String]
    /// `jsonVersion` of json protocol services (`1.0` or `1.1`).
    public let jsonVersion: String?
    /// `targetPrefix` of json and CBOR services.
    public let targetPrefix: String?
    /// `serviceId`, e.g. `S3`.
    public let serviceID: String?
    /// `serviceFullName`.
    public let serviceFullName: String?
    /// `signatureVersion`, e.g. `v4` or `s3v4`.
    public let signatureVersion: String?
    /// `signingName`; the endpoint prefix when absent.
    public let signingName: String
    /// `xmlNamespace` of query and rest-xml services.
    public let xmlNamespace: String?
    /// `globalEndpoint`.
    public let globalEndpoint: String?
    /// `awsQueryCompatible`: a JSON service that also answers query-style error codes.
    public let isQueryCompatible: Bool
    /// `uid`.
    public let uid: String?
    /// The whole metadata object.
    package let raw: JSONObject

    /// The protocol botocore would use: the first of `protocols` it supports, else `protocol`.
    public var resolvedProtocol: String {
        let supported = ["json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2"]
        if !protocols.isEmpty, let first = supported.first(where: protocols.contains) { return first }
        return protocolName
    }

    init(_ raw: JSONObject) {
        self.raw = raw
        apiVersion = raw["apiVersion"]?.string ?? ""
        endpointPrefix = raw["endpointPrefix"]?.string ?? ""
        protocolName = raw["protocol"]?.string ?? ""
        protocols = raw["protocols"]?.array?.compactMap(\.string) ?? []
        jsonVersion = raw["jsonVersion"]?.string
        targetPrefix = raw["targetPrefix"]?.string
        serviceID = raw["serviceId"]?.string
        serviceFullName = raw["serviceFullName"]?.string
        signatureVersion = raw["signatureVersion"]?.string
        signingName = raw["signingName"]?.string ?? raw["endpointPrefix"]?.string ?? ""
        xmlNamespace = raw["xmlNamespace"]?.string
        globalEndpoint = raw["globalEndpoint"]?.string
        isQueryCompatible = raw["awsQueryCompatible"] != nil
        uid = raw["uid"]?.string
    }
}
