import Foundation

/// Serializes a request for the query and ec2 protocols, as botocore's `QuerySerializer` and
/// `EC2Serializer` do: a form-encoded POST body of `Action`, `Version` and the flattened input.
///
/// Keys nest with dots (`Nested.Member`); lists are `Name.member.N` (query; `Name.N` when
/// flattened or on ec2); maps are `Name.entry.N.key` / `.value`; timestamps ISO 8601 unless the
/// shape says otherwise; blobs base64; booleans `true` / `false`. The body is percent-encoded
/// with botocore's safe set (`-._~`), spaces as `%20`.
package struct QuerySerializer: Sendable {
    /// The two flavours of the protocol.
    package enum Dialect: Sendable {
        /// awsQuery: `locationName` as given, `member` wrappers, empty lists sent as `Name=`.
        case query
        /// ec2Query: `queryName`, else the capitalized `locationName`; lists always flattened,
        /// empty lists left out.
        case ec2
    }

    /// The media type of the body.
    package static let contentType = "application/x-www-form-urlencoded; charset=utf-8"

    /// The dialect.
    package let dialect: Dialect

    /// A serializer for `dialect`.
    package init(dialect: Dialect) {
        self.dialect = dialect
    }

    /// The request for `operation` with `params`.
    package func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        var pairs: [(key: String, value: String)] = [
            ("Action", operation.wireName),
            ("Version", operation.service.metadata.apiVersion),
        ]
        if let input = operation.input {
            guard case .map = params else {
                throw ProtocolError(.serialization, "the parameters of \(operation.name) must be a map, not \(params)")
            }
            try serialize(params, shape: input, prefix: "", into: &pairs)
        }
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: Self.contentType)
        return SerializedRequest(method: operation.httpMethod, path: "/", headers: headers, body: Self.formEncode(pairs),
                                 hostPrefix: try HostPrefix.expand(for: operation, params: params))
    }

    /// `key=value&...`, each side percent-encoded as botocore's `percent_encode_sequence`.
    package static func formEncode(_ pairs: [(key: String, value: String)]) -> Data {
        var out = ""
        out.reserveCapacity(pairs.count * 24)
        for (index, pair) in pairs.enumerated() {
            if index > 0 { out.append("&") }
            out.append(PercentEncoding.encode(pair.key))
            out.append("=")
            out.append(PercentEncoding.encode(pair.value))
        }
        return Data(out.utf8)
    }

    // MARK: Values

    func serialize(_ value: Document, shape: Shape, prefix: String, into pairs: inout [(key: String, value: String)]) throws {
        switch shape.type {
        case .structure:
            guard case .map(let entries) = value else { throw mismatch(value, shape: shape, prefix: prefix) }
            for key in entries.keys where shape.member(key) == nil {
                throw ProtocolError(.serialization,
                                    "unknown parameter \(join(prefix, key)); valid: \(shape.memberNames.joined(separator: ", "))")
            }
            for (memberName, member) in shape.members {
                guard let memberValue = entries[memberName], !memberValue.isNull else { continue }
                try serialize(memberValue, shape: member, prefix: join(prefix, serializedName(member, default: memberName)), into: &pairs)
            }
        case .list:
            guard case .list(let items) = value else { throw mismatch(value, shape: shape, prefix: prefix) }
            guard let member = shape.listMember else { throw ProtocolError(.serialization, "the list shape \(shape.name) has no member") }
            let itemPrefix: String
            switch dialect {
            case .ec2:
                itemPrefix = prefix
            case .query:
                if items.isEmpty {
                    pairs.append((prefix, ""))
                    return
                }
                if shape.isFlattened {
                    if let name = member.locationName {
                        let parent = prefix.lastIndex(of: ".").map { String(prefix[..<$0]) } ?? ""
                        itemPrefix = join(parent, name)
                    } else {
                        itemPrefix = prefix
                    }
                } else {
                    itemPrefix = prefix + "." + (member.locationName ?? "member")
                }
            }
            for (index, item) in items.enumerated() {
                try serialize(item, shape: member, prefix: "\(itemPrefix).\(index + 1)", into: &pairs)
            }
        case .map:
            guard case .map(let entries) = value else { throw mismatch(value, shape: shape, prefix: prefix) }
            guard let keyShape = shape.mapKey, let valueShape = shape.mapValue else {
                throw ProtocolError(.serialization, "the map shape \(shape.name) has no key or value")
            }
            let entryPrefix = shape.isFlattened ? prefix : prefix + ".entry"
            let keySuffix = serializedName(keyShape, default: "key")
            let valueSuffix = serializedName(valueShape, default: "value")
            for (index, key) in entries.keys.sorted().enumerated() {
                try serialize(.string(key), shape: keyShape, prefix: "\(entryPrefix).\(index + 1).\(keySuffix)", into: &pairs)
                try serialize(entries[key] ?? .null, shape: valueShape, prefix: "\(entryPrefix).\(index + 1).\(valueSuffix)", into: &pairs)
            }
        default:
            pairs.append((prefix, try scalarText(value, shape: shape, prefix: prefix)))
        }
    }

    func scalarText(_ value: Document, shape: Shape, prefix: String) throws -> String {
        switch shape.type {
        case .boolean:
            guard case .bool(let flag) = value else { throw mismatch(value, shape: shape, prefix: prefix) }
            return flag ? "true" : "false"
        case .blob:
            guard let data = value.blobValue else { throw mismatch(value, shape: shape, prefix: prefix) }
            return data.base64EncodedString()
        case .timestamp:
            guard let date = value.timestampValue else { throw mismatch(value, shape: shape, prefix: prefix) }
            return (shape.timestampFormat ?? .iso8601).format(date)
        default:
            guard let text = value.scalarText else { throw mismatch(value, shape: shape, prefix: prefix) }
            return text
        }
    }

    /// The key segment for a member: its `locationName` (query), or `queryName`, else the
    /// capitalized `locationName` (ec2); `defaultName` when the model gives none.
    func serializedName(_ shape: Shape, default defaultName: String) -> String {
        switch dialect {
        case .query:
            return shape.locationName ?? defaultName
        case .ec2:
            if let queryName = shape.queryName { return queryName }
            guard let name = shape.locationName, let first = name.first else { return defaultName }
            return first.uppercased() + name.dropFirst()
        }
    }

    func join(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : prefix + "." + name
    }

    func mismatch(_ value: Document, shape: Shape, prefix: String) -> ProtocolError {
        ProtocolError(.serialization, "\(prefix) must be a \(shape.type.rawValue) (shape \(shape.name)), not \(value)")
    }
}
