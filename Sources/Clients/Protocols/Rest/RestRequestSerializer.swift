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
        var parts = Partition()
        var handled = 0
        for (name, member) in input.members {
            guard let value = values[name] else { continue }
            handled += 1
            if case .null = value { continue }
            try parts.add(value, name: name, member: member, path: "\(operation.name).\(name)")
        }
        if handled < values.count {
            throw JSONShapeEncoder.unknownMember(in: values, shape: input, path: operation.name)
        }
        request.path = try RestURITemplate.expand(operation.requestURI, labels: parts.labels, operation: operation.name)
        request.query = parts.queryWithMapEntries()
        request.headers = parts.headers
        try writeBody(values: values, bodyMembers: parts.body, input: input, into: &request)
        return request
    }

    private func writeBody(values: [String: Document], bodyMembers: [String: Document], input: Shape,
                           into request: inout SerializedRequest) throws {
        if let payloadName = input.payload, let payload = input.member(payloadName) {
            let value = values[payloadName] ?? .null
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
        } else if !bodyMembers.isEmpty {
            request.body = try codec.encode(.map(bodyMembers), shape: input, rootName: input.locationName ?? input.name)
        } else if codec.requiresEmptyBody(input) {
            request.body = codec.emptyStructureBody
        }
        if !request.body.isEmpty, !request.headers.contains("Content-Type"), let contentType = codec.structuredContentType {
            request.headers["Content-Type"] = contentType
        }
    }
}

/// Input members sorted by where they go on the request.
private struct Partition {
    var labels: [String: String] = [:]
    var query: [QueryParameter] = []
    var queryNames: Set<String> = []
    /// Entries of `querystring` maps; explicit query members take precedence over them.
    var mapQuery: [QueryParameter] = []
    var headers = HTTPHeaders()
    var body: [String: Document] = [:]

    mutating func add(_ value: Document, name: String, member: Shape, path: String) throws {
        let wireName = member.locationName ?? name
        switch member.location {
        case .uri:
            labels[wireName] = try RestValueText.uriText(value, shape: member, path: path)
        case .querystring:
            try addQuery(value, wireName: wireName, member: member, path: path)
        case .header:
            if member.type == .list, case .list(let elements) = value, elements.isEmpty { return }
            headers[wireName] = try RestValueText.headerText(value, shape: member, path: path)
        case .headers:
            guard case .map(let entries) = value else {
                throw ProtocolError(.serialization, "\(path): expected a map of header names to values, got \(value)")
            }
            for key in entries.keys.sorted() {
                guard let text = entries[key]?.scalarText else { continue }
                headers[wireName + key] = text
            }
        case .statusCode, nil:
            body[name] = value
        }
    }

    private mutating func addQuery(_ value: Document, wireName: String, member: Shape, path: String) throws {
        if case .map(let entries) = value {
            for key in entries.keys.sorted() {
                switch entries[key] ?? .null {
                case .list(let elements):
                    for element in elements { if let text = element.scalarText { mapQuery.append(QueryParameter(key, text)) } }
                case let scalar:
                    if let text = scalar.scalarText { mapQuery.append(QueryParameter(key, text)) }
                }
            }
            return
        }
        queryNames.insert(wireName)
        if member.type == .list {
            guard case .list(let elements) = value, let itemShape = member.listMember else {
                throw ProtocolError(.serialization, "\(path): expected a list, got \(value)")
            }
            for (index, element) in elements.enumerated() {
                query.append(QueryParameter(wireName, try RestValueText.uriText(element, shape: itemShape, path: "\(path)[\(index)]")))
            }
        } else {
            query.append(QueryParameter(wireName, try RestValueText.uriText(value, shape: member, path: path)))
        }
    }

    func queryWithMapEntries() -> [QueryParameter] {
        guard !mapQuery.isEmpty else { return query }
        return query + mapQuery.filter { !queryNames.contains($0.name) }
    }
}
