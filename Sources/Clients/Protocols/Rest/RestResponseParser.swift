import Foundation

/// Parses the response of a REST operation (rest-json, rest-xml), as botocore's `BaseRestParser`:
/// members bound to the status code and headers are read from there, the payload member (or else
/// the rest of the structure) from the body through the protocol's `RestBodyCodec`.
package struct RestResponseParser<Codec: RestBodyCodec>: Sendable {
    /// Writes and reads bodies.
    package let codec: Codec

    /// Creates a parser around a body codec.
    package init(codec: Codec) {
        self.codec = codec
    }

    /// The members of `shape` (an output or error structure) found in `response`.
    package func parse(_ response: ProtocolResponse, shape: Shape?) throws -> Document {
        guard let shape else { return .map([:]) }
        let layout = RestResponseLayout.of(shape)
        var result: [String: Document] = [:]
        for name in layout.statusCodeMembers {
            result[name] = .int(response.statusCode)
        }
        for (name, prefix) in layout.headerMapMembers {
            result[name] = .map(headerMap(response.headers, prefix: prefix))
        }
        if !layout.headerMembers.isEmpty {
            try readHeaderMembers(response.headers, layout: layout, shape: shape, into: &result)
        }
        if let (payloadName, payload) = layout.payload {
            if payload.isEventStream { return .map(result) }
            switch payload.type {
            case .blob: result[payloadName] = .blob(response.body)
            case .string: result[payloadName] = .string(String(decoding: response.body, as: UTF8.self))
            default: result[payloadName] = try codec.decode(response.body, shape: payload)
            }
        } else if case .map(let members) = try codec.decode(response.body, shape: shape), !members.isEmpty {
            if result.isEmpty {
                result = members
            } else {
                result.merge(members) { _, fromBody in fromBody }
            }
        }
        return .map(result)
    }

    /// Reads the header-bound members: one pass over the fields finds each member's first field
    /// (what `headers[name]` returns), then the members are read in model order.
    private func readHeaderMembers(_ headers: HTTPHeaders, layout: RestResponseLayout, shape: Shape,
                                   into result: inout [String: Document]) throws {
        let fields = headers.fields
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: layout.headerMembers.count) { fieldOfMember in
            fieldOfMember.initialize(repeating: -1)
            var found = 0
            for index in fields.indices {
                var member = layout.headerNames.first(fields[index].name)
                while member >= 0 {
                    if fieldOfMember[member] < 0 {
                        fieldOfMember[member] = index
                        found += 1
                    }
                    member = layout.headerNames.next(after: member)
                }
            }
            guard found > 0 else { return }
            result.reserveCapacity(result.count + found)
            for position in fieldOfMember.indices where fieldOfMember[position] >= 0 {
                let member = layout.headerMembers[position]
                let text = fields[fieldOfMember[position]].value
                if member.isPlainString {
                    result[member.name] = .string(text)
                    continue
                }
                let name = member.name
                result[name] = try RestHeaderParsing.value(text, shape: member.shape, path: "\(shape.name).\(name)")
            }
        }
    }

    /// Headers whose names start with `prefix` (lowercased bytes; any case), keyed by the rest of the name.
    private func headerMap(_ headers: HTTPHeaders, prefix: [UInt8]) -> [String: Document] {
        var map: [String: Document] = [:]
        for field in headers where RestResponseLayout.hasPrefix(field.name, prefix) {
            map[String(decoding: field.name.utf8.dropFirst(prefix.count), as: UTF8.self)] = .string(field.value)
        }
        return map
    }
}
