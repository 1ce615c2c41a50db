import Foundation

/// Serializes the input of a REST operation (rest-json, rest-xml), as botocore's
/// `BaseRestSerializer`: members go to URI labels, the query string, headers, or the body, and the
/// body is written by the protocol's `RestBodyCodec`.
package struct RestRequestSerializer<Codec: RestBodyCodec>: Sendable {
    /// Writes and reads bodies.
    package let codec: Codec

    /// Creates a serializer around a body codec.
    package init(codec: Codec) {
        self.codec = codec
    }

    /// The request for `params` (a map of input members).
    package func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        var request = SerializedRequest(method: operation.httpMethod, path: operation.requestURI)
        request.hostPrefix = try HostPrefix.expand(for: operation, params: params)
        guard let input = operation.input else { return request }
        guard case .map(let values) = params else {
            throw ProtocolError(.serialization, "the parameters of \(operation.name) must be a map of member names to values")
        }
        // A payload member is the whole body: the other body members are not collected.
        let payloadName = input.payload
        var payload: Shape?
        if let payloadName { payload = input.member(payloadName) }
        var payloadValue = Document.null
        var parts = RestRequestPartition()
        parts.collectsBody = payload == nil
        var handled = 0
        for (name, member, value) in input.presentMembers(of: values) {
            handled += 1
            if payload != nil, name == payloadName { payloadValue = value }
            if case .null = value { continue }
            try parts.add(value, name: name, member: member, path: "\(operation.name).\(name)")
        }
        if handled < values.count {
            throw JSONShapeEncoder.unknownMember(in: values, shape: input, path: operation.name)
        }
        request.path = try RestURITemplate.expand(operation.requestURI, labels: parts.labels, operation: operation.name)
        request.query = parts.queryWithMapEntries()
        request.headers = parts.headers
        if let payloadName, let payload {
            try writePayload(payloadValue, name: payloadName, shape: payload, into: &request)
        } else {
            try writeBody(bodyMembers: parts.body, input: input, into: &request)
        }
        return request
    }

    private func writePayload(_ value: Document, name payloadName: String, shape payload: Shape,
                              into request: inout SerializedRequest) throws {
        if payload.type == .blob || payload.type == .string {
            if case .null = value { return }
            guard let data = value.blobValue else {
                throw ProtocolError(.serialization, "\(payloadName): expected bytes or a string for the body, got \(value)")
            }
            request.body = data
            return
        }
        if case .null = value {
            request.body = codec.emptyStructureBody
        } else {
            request.body = try codec.encode(value, shape: payload, rootName: payload.locationName ?? payloadName)
        }
        setContentType(of: &request)
    }

    private func writeBody(bodyMembers: [String: Document], input: Shape, into request: inout SerializedRequest) throws {
        if !bodyMembers.isEmpty {
            request.body = try codec.encode(.map(bodyMembers), shape: input, rootName: input.locationName ?? input.name)
        } else if codec.requiresEmptyBody(input) {
            request.body = codec.emptyStructureBody
        }
        setContentType(of: &request)
    }

    private func setContentType(of request: inout SerializedRequest) {
        if !request.body.isEmpty, !request.headers.contains("Content-Type"), let contentType = codec.structuredContentType {
            request.headers["Content-Type"] = contentType
        }
    }
}
