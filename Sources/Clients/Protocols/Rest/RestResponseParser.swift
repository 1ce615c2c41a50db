import Foundation

/// Parses the response of a REST operation (rest-json, rest-xml), as botocore's `BaseRestParser`:
/// members bound to the status code and headers are read from there, the payload member (or else
/// the rest of the structure) from the body through the protocol's `RestBodyCodec`.
package struct RestResponseParser<Codec: RestBodyCodec>: Sendable {
    /// Writes and reads bodies.
    package let codec: Codec

    /// Where each output shape's members come from, by shape.
    private let layouts = ShapeKeyedCache<RestResponseLayout>()

    /// Creates a parser around a body codec.
    package init(codec: Codec) {
        self.codec = codec
    }

    /// The members of `shape` (an output or error structure) found in `response`.
    package func parse(_ response: ProtocolResponse, shape: Shape?) throws -> Document {
        guard let shape else { return .map([:]) }
        let layout = layouts.value(for: shape, make: RestResponseLayout.init)
        var result: [String: Document] = [:]
        for name in layout.statusCodeMembers {
            result[name] = .int(response.statusCode)
        }
        for (name, prefix) in layout.headerMapMembers {
            result[name] = .map(headerMap(response.headers, prefix: prefix))
        }
        for index in layout.headerMembers.indices {
            guard let text = response.headers[layout.headerMembers[index].header] else { continue }
            let member = layout.headerMembers[index]
            result[member.name] = try RestHeaderParsing.value(text, shape: member.shape, path: "\(shape.name).\(member.name)")
        }
        if let (payloadName, payload) = layout.payload {
            if payload.isEventStream { return .map(result) }
            switch payload.type {
            case .blob: result[payloadName] = .blob(response.body)
            case .string: result[payloadName] = .string(String(decoding: response.body, as: UTF8.self))
            default: result[payloadName] = try codec.decode(response.body, shape: payload)
            }
        } else if case .map(let members) = try codec.decode(response.body, shape: shape) {
            result.merge(members) { _, fromBody in fromBody }
        }
        return .map(result)
    }

    /// Headers whose names start with `prefix` (any case), keyed by the rest of the name.
    private func headerMap(_ headers: HTTPHeaders, prefix: String) -> [String: Document] {
        var map: [String: Document] = [:]
        let prefixLength = prefix.utf8.count
        for field in headers {
            let nameBytes = field.name.utf8
            guard nameBytes.count >= prefixLength,
                  String(decoding: nameBytes.prefix(prefixLength), as: UTF8.self).caseInsensitiveEquals(prefix) else { continue }
            map[String(decoding: nameBytes.dropFirst(prefixLength), as: UTF8.self)] = .string(field.value)
        }
        return map
    }
}
