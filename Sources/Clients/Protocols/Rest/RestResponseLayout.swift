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
    }

    /// Members bound to the status code.
    let statusCodeMembers: [String]
    /// Members collecting every header with a prefix (`x-amz-meta-`), with the prefix.
    let headerMapMembers: [(name: String, prefix: String)]
    /// Members read from one header each, in model order.
    let headerMembers: [HeaderMember]
    /// The payload member, when the structure names one the model defines.
    let payload: (name: String, shape: Shape)?

    init(_ shape: Shape) {
        var statusCode: [String] = []
        var headerMaps: [(name: String, prefix: String)] = []
        var headers: [HeaderMember] = []
        for (name, member) in shape.members {
            switch member.location {
            case .statusCode: statusCode.append(name)
            case .headers: headerMaps.append((name, member.locationName ?? ""))
            case .header: headers.append(HeaderMember(name: name, header: member.locationName ?? name, shape: member))
            case .uri, .querystring, nil: continue
            }
        }
        statusCodeMembers = statusCode
        headerMapMembers = headerMaps
        headerMembers = headers
        payload = shape.payload.flatMap { name in shape.member(name).map { (name, $0) } }
    }
}
