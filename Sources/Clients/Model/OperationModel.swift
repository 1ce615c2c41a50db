/// One operation of a service model: its HTTP binding, input, output and errors.
public final class OperationModel: Sendable, CustomStringConvertible {
    /// The API name (`PutObject`).
    public let name: String
    /// The name sent on the wire (`name` in the definition; usually the same).
    public let wireName: String
    /// The service the operation belongs to.
    public let service: ServiceModel
    /// HTTP method (`http.method`), `POST` when absent.
    public let httpMethod: String
    /// Request URI template (`http.requestUri`), `/` when absent.
    public let requestURI: String
    /// Modeled success status (`http.responseCode`).
    public let responseCode: Int?
    /// The input structure, if any.
    public let input: Shape?
    /// The output structure, if any.
    public let output: Shape?
    /// The modeled error shapes.
    public let errors: [Shape]
    /// `endpoint.hostPrefix`, e.g. `{AccountId}.`.
    public let hostPrefix: String?
    /// `httpChecksumRequired`: the request needs a Content-MD5 or flexible checksum.
    public let httpChecksumRequired: Bool
    /// `httpChecksum`: flexible checksum settings.
    public let httpChecksum: HTTPChecksumTrait?
    /// `authtype` (legacy), e.g. `none` or `v4-unsigned-body`.
    public let authType: String?
    /// `auth`: supported auth schemes in order of preference.
    public let auth: [String]
    /// `unsignedPayload`.
    public let unsignedPayload: Bool
    /// `staticContextParams`: endpoint ruleset parameters fixed for this operation.
    public let staticContextParams: [String: Document]
    /// `operationContextParams`: endpoint parameters computed with JMESPath from the input.
    public let operationContextParams: [String: String]
    /// `requestcompression.encodings`.
    public let requestCompressionEncodings: [String]
    /// `deprecated`.
    public let isDeprecated: Bool
    /// The whole definition.
    package let definition: JSONObject

    init(name: String, definition: JSONObject, service: ServiceModel) {
        self.name = name
        self.definition = definition
        self.service = service
        wireName = definition["name"]?.string ?? name
        let http = definition["http"]?.object ?? JSONObject()
        httpMethod = http["method"]?.string ?? "POST"
        requestURI = http["requestUri"]?.string ?? "/"
        responseCode = http["responseCode"]?.int
        input = definition["input"]?.object.flatMap(service.resolve(reference:))
        output = definition["output"]?.object.flatMap(service.resolve(reference:))
        errors = definition["errors"]?.array?.compactMap { $0.object.flatMap(service.resolve(reference:)) } ?? []
        hostPrefix = definition["endpoint"]?["hostPrefix"]?.string
        httpChecksumRequired = definition["httpChecksumRequired"]?.bool ?? false
        httpChecksum = definition["httpChecksum"]?.object.map(HTTPChecksumTrait.init)
        authType = definition["authtype"]?.string
        auth = definition["auth"]?.array?.compactMap(\.string) ?? []
        unsignedPayload = definition["unsignedPayload"]?.bool ?? false
        var statics: [String: Document] = [:]
        for (key, value) in definition["staticContextParams"]?.object?.pairs ?? [] {
            statics[key] = value["value"]?.document
        }
        staticContextParams = statics
        var contextParams: [String: String] = [:]
        for (key, value) in definition["operationContextParams"]?.object?.pairs ?? [] {
            contextParams[key] = value["path"]?.string
        }
        operationContextParams = contextParams
        requestCompressionEncodings = definition["requestcompression"]?["encodings"]?.array?.compactMap(\.string) ?? []
        isDeprecated = definition["deprecated"]?.bool ?? false
    }

    /// Input members marked `idempotencyToken`.
    public var idempotentMembers: [String] {
        input?.members.filter { $0.shape.isIdempotencyToken }.map(\.name) ?? []
    }

    /// The input's blob payload member, when the request body is streamed.
    public var streamingInput: Shape? { Self.streamingPayload(of: input) }

    /// The output's blob payload member, when the response body is streamed.
    public var streamingOutput: Shape? { Self.streamingPayload(of: output) }

    /// The input's event stream member, if any.
    public var eventStreamInput: Shape? { input?.eventStreamMemberName.flatMap { input?.member($0) } }

    /// The output's event stream member, if any.
    public var eventStreamOutput: Shape? { output?.eventStreamMemberName.flatMap { output?.member($0) } }

    private static func streamingPayload(of shape: Shape?) -> Shape? {
        guard let shape, let payload = shape.payload, let member = shape.member(payload), member.type == .blob else { return nil }
        return member
    }

    /// `OperationModel(PutObject)`.
    public var description: String { "OperationModel(\(name))" }
}

/// An operation's `httpChecksum` trait (flexible checksums).
public struct HTTPChecksumTrait: Sendable, Hashable {
    /// `requestChecksumRequired`.
    public let requestChecksumRequired: Bool
    /// `requestAlgorithmMember`: the input member naming the algorithm.
    public let requestAlgorithmMember: String?
    /// `requestValidationModeMember`: the input member enabling response validation.
    public let requestValidationModeMember: String?
    /// `responseAlgorithms`: algorithms the service may answer with.
    public let responseAlgorithms: [String]

    init(_ raw: JSONObject) {
        requestChecksumRequired = raw["requestChecksumRequired"]?.bool ?? false
        requestAlgorithmMember = raw["requestAlgorithmMember"]?.string
        requestValidationModeMember = raw["requestValidationModeMember"]?.string
        responseAlgorithms = raw["responseAlgorithms"]?.array?.compactMap(\.string) ?? []
    }
}
