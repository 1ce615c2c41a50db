/// Turns a response into the resource(s) a model names (boto3's `ResourceHandler` and
/// `build_identifiers`).
enum ResponseResources {
    /// The resource(s) described by `model`, built from `response` to a request sent with `params` by
    /// `parent`. Identifiers come from the response, the request parameters, the parent's identifiers
    /// or its data; a list-valued identifier makes a list of resources, one per element, each with the
    /// matching element of the data at `model.path`. When an identifier is missing the result is
    /// empty: `.resources([])` or `.document([:])` / `.document(.null)` by the operation's output shape.
    static func build(_ model: ResponseResource, parent: Resource, params: Document, response: Document,
                      operation: String?) async throws -> ResourceValue {
        let data: Document? = try model.path.map { try $0.search(response) }
        var identifiers: [(String, Document)] = []
        for identifier in model.identifiers {
            let value: Document
            switch identifier.source {
            case .response: value = try identifier.path.map { try $0.search(response) } ?? response
            case .requestParameter: value = try identifier.path.map { try $0.search(params) } ?? params
            case .identifier: value = try await parent.identifierOrAttribute(identifier.name ?? "")
            case .data: value = try await parent.dataMember(identifier.path)
            case .input: continue
            case .string, .integer, .boolean: value = identifier.value ?? .null
            }
            identifiers.append((identifier.target.text, value))
        }
        if let count = identifiers.first(where: { $0.1.array != nil })?.1.array?.count {
            var resources: [Resource] = []
            resources.reserveCapacity(count)
            let items = data.flatMap { Self.isTruthy($0) ? $0.array : nil }
            for i in 0..<count {
                var values: [String: Document] = [:]
                for (name, value) in identifiers {
                    values[name] = value.array.map { i < $0.count ? $0[i] : .null } ?? value
                }
                let item = items.flatMap { i < $0.count ? $0[i] : nil }
                resources.append(try parent.make(model.type, identifiers: values, data: item?.isNull == true ? nil : item))
            }
            return .resources(resources)
        }
        if identifiers.allSatisfy({ !$0.1.isNull }) {
            let values = Dictionary(identifiers, uniquingKeysWith: { _, last in last })
            return .resource(try parent.make(model.type, identifiers: values, data: data?.isNull == true ? nil : data))
        }
        guard let operation else { return .document(.null) }
        return try emptyResponse(path: model.path?.expression, operation: operation, parent: parent)
    }

    /// boto3's `build_empty_response`: an empty value of the type the path reaches in the output shape.
    static func emptyResponse(path: String?, operation: String, parent: Resource) throws -> ResourceValue {
        guard var shape = try parent.meta.client.meta.serviceModel.operation(operation).output else { return .document(.null) }
        for part in (path ?? "").split(separator: ".") where !part.isEmpty {
            let name = part.trimmingCharacters(in: "[0123456789]$")
            switch shape.type {
            case .structure:
                guard let member = shape.member(name) else { return .document(.null) }
                shape = member
            case .list:
                guard let member = shape.listMember else { return .document(.null) }
                shape = member
            default:
                return .document(.null)
            }
        }
        switch shape.type {
        case .structure, .map: return .document(.map([:]))
        case .list: return .resources([])
        default: return .document(.null)
        }
    }

    /// Python's truthiness, which boto3 applies to the searched data.
    static func isTruthy(_ value: Document) -> Bool {
        switch value {
        case .null: return false
        case .list(let items): return !items.isEmpty
        case .map(let entries): return !entries.isEmpty
        case .string(let text): return !text.isEmpty
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .double(let number): return number != 0
        default: return true
        }
    }
}

extension Substring {
    /// Python's `str.strip(chars)`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
