/// Asks ListObjects, ListObjectsV2 and ListObjectVersions for URL-encoded keys when the caller
/// did not choose an `EncodingType`, and decodes them in the result, as botocore's
/// `set_list_objects_encoding_type_url` and `decode_list_object*` do: keys containing characters
/// XML 1.0 cannot carry then survive the trip, and callers still see plain keys.
///
/// The `encoding-type=url` query parameter is added after serialization instead of to the
/// parameters, so the result is decoded only when the caller did not ask for the encoding
/// (a caller who sets `EncodingType: "url"` gets the encoded values, as in botocore).
struct S3ListEncodingType: ServiceCustomization {
    /// Top-level members and (list, member) pairs S3 encodes, per operation.
    private static let encodedMembers: [String: (topLevel: [String], nested: [(list: String, member: String)])] = [
        "ListObjects": (["Delimiter", "Marker", "NextMarker"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        "ListObjectsV2": (["Delimiter", "Prefix", "StartAfter"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        "ListObjectVersions": (["KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"],
                               [("Versions", "Key"), ("DeleteMarkers", "Key"), ("CommonPrefixes", "Prefix")]),
    ]

    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard Self.encodedMembers[operation.name] != nil, params["EncodingType"] == nil,
              !request.query.contains(where: { $0.name == "encoding-type" }) else { return }
        request.query.append(QueryParameter("encoding-type", "url"))
    }

    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        guard let members = Self.encodedMembers[operation.name], params["EncodingType"] == nil,
              output["EncodingType"]?.string == "url", case .map(var entries) = output else { return }
        // Most values have nothing to decode: rewrite only those that do, so the output (a
        // thousand keys) is not copied for nothing.
        var changed = false
        for name in members.topLevel {
            if let value = entries[name]?.string, Self.isEncoded(value) {
                entries[name] = .string(PercentEncoding.decode(value, plusAsSpace: true))
                changed = true
            }
        }
        for (list, member) in members.nested {
            guard case .list(var items)? = entries[list],
                  items.contains(where: { $0[member]?.string.map(Self.isEncoded) ?? false }) else { continue }
            for index in items.indices {
                if let value = items[index][member]?.string, Self.isEncoded(value) {
                    items[index][member] = .string(PercentEncoding.decode(value, plusAsSpace: true))
                }
            }
            entries[list] = .list(items)
            changed = true
        }
        if changed { output = .map(entries) }
    }

    /// Whether `PercentEncoding.decode(value, plusAsSpace: true)` could change `value`.
    private static func isEncoded(_ value: String) -> Bool {
        value.utf8.contains { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }
    }
}
