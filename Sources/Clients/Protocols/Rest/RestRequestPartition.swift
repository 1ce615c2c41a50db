/// Input members sorted by where they go on the request.
struct RestRequestPartition {
    /// URI label values by wire name, in the order set (a handful: a list beats a dictionary).
    var labels: [(name: String, value: String)] = []
    var query: [QueryParameter] = []
    var queryNames: Set<String> = []
    /// Entries of `querystring` maps; explicit query members take precedence over them.
    var mapQuery: [QueryParameter] = []
    var headers = HTTPHeaders()
    var body: [String: Document] = [:]
    /// Whether body members are collected: not when a payload member is the whole body.
    var collectsBody = true
    /// The precision of timestamps in URI labels and the query string.
    var timestampPrecision = TimestampFormat.Precision.standard

    mutating func add(_ value: Document, name: String, member: Shape, path: @autoclosure () -> String) throws {
        let wireName = member.locationName ?? name
        switch member.location {
        case .uri:
            let text = try RestValueText.uriText(value, shape: member, precision: timestampPrecision, path: path())
            if labels.isEmpty { labels.reserveCapacity(4) }
            labels.append((wireName, text))
        case .querystring:
            try addQuery(value, wireName: wireName, member: member, path: path())
        case .header:
            if member.type == .list, case .list(let elements) = value, elements.isEmpty { return }
            headers[wireName] = try RestValueText.headerText(value, shape: member, path: path())
        case .headers:
            guard case .map(let entries) = value else {
                throw ProtocolError(.serialization, "\(path()): expected a map of header names to values, got \(value)")
            }
            for key in entries.keys.sorted() {
                guard let text = entries[key]?.scalarText else { continue }
                headers[wireName + key] = text
            }
        case .statusCode, nil:
            if collectsBody { body[name] = value }
        }
    }

    private mutating func addQuery(_ value: Document, wireName: String, member: Shape, path: @autoclosure () -> String) throws {
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
                throw ProtocolError(.serialization, "\(path()): expected a list, got \(value)")
            }
            for (index, element) in elements.enumerated() {
                query.append(QueryParameter(wireName, try RestValueText.uriText(element, shape: itemShape, precision: timestampPrecision,
                                                                                path: "\(path())[\(index)]")))
            }
        } else {
            query.append(QueryParameter(wireName, try RestValueText.uriText(value, shape: member, precision: timestampPrecision,
                                                                            path: path())))
        }
    }

    func queryWithMapEntries() -> [QueryParameter] {
        guard !mapQuery.isEmpty else { return query }
        return query + mapQuery.filter { !queryNames.contains($0.name) }
    }
}
