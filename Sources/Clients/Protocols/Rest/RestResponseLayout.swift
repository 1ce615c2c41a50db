/// Where a response carries the members of one output (or error) structure, worked out once per
/// shape: a PutObject output has seventeen header members, and sorting them by location on every
/// response cost more than reading the headers.
final class RestResponseLayout: Sendable {
    /// A member read from one header.
    struct HeaderMember: Sendable {
        let name: String
        /// The header name (`locationName`, else the member name).
        let header: String
        let shape: Shape
        /// A string that is not base64 JSON: the header text is the value as it is.
        let isPlainString: Bool

        init(name: String, header: String, shape: Shape) {
            self.name = name
            self.header = header
            self.shape = shape
            isPlainString = shape.type == .string && !shape.isJSONValue
        }
    }

    /// Members bound to the status code.
    let statusCodeMembers: [String]
    /// Members collecting every header with a prefix (`x-amz-meta-`), with the prefix's lowercased bytes.
    let headerMapMembers: [(name: String, prefix: [UInt8])]
    /// Members read from one header each, in model order.
    let headerMembers: [HeaderMember]
    /// `headerMembers` by header name, in any case.
    let headerNames: ShapeNameTable
    /// The payload member, when the structure names one the model defines.
    let payload: (name: String, shape: Shape)?

    /// The layout of `shape`, worked out on first use and kept on the shape.
    static func of(_ shape: Shape) -> RestResponseLayout {
        if let layout = shape.restResponseLayout.load() { return layout }
        return shape.restResponseLayout.storeIfNil(RestResponseLayout(shape))
    }

    init(_ shape: Shape) {
        var statusCode: [String] = []
        var headerMaps: [(name: String, prefix: [UInt8])] = []
        var headers: [HeaderMember] = []
        for (name, member) in shape.members {
            switch member.location {
            case .statusCode: statusCode.append(name)
            case .headers: headerMaps.append((name, (member.locationName ?? "").utf8.map(Self.lower)))
            case .header: headers.append(HeaderMember(name: name, header: member.locationName ?? name, shape: member))
            case .uri, .querystring, nil: continue
            }
        }
        statusCodeMembers = statusCode
        headerMapMembers = headerMaps
        headerMembers = headers
        headerNames = ShapeNameTable(headers.map(\.header), caseInsensitive: true)
        payload = shape.payload.flatMap { name in shape.member(name).map { (name, $0) } }
    }

    /// Whether `name` starts with `prefix` (lowercased bytes), ASCII letters in any case.
    static func hasPrefix(_ name: String, _ prefix: [UInt8]) -> Bool {
        let bytes = name.utf8
        guard bytes.count >= prefix.count else { return false }
        var index = bytes.startIndex
        for expected in prefix {
            guard lower(bytes[index]) == expected else { return false }
            index = bytes.index(after: index)
        }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
