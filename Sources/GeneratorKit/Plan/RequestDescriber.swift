import AWSResources

/// The prose of doc comments: what request a member makes and with which filled parameters
/// ("Calls `PutObject` with `Bucket` = this bucket's `name`").
struct RequestDescriber {
    /// The resource whose members are described.
    let model: ResourceModel

    /// "this bucket's" / "the service's".
    var owner: String {
        model.isServiceResource ? "the service's" : "this \(SwiftIdentifier.phrase(model.name))'s"
    }

    /// `` `Bucket` = this bucket's `name`, `Key` = `"a"` `` for the parameters filled automatically; `each`
    /// describes batch parameters (`[*]` targets take every resource of a page).
    func parameters(_ params: [ResourceParameter], batch: Bool = false) -> String {
        let subject = batch ? "each \(SwiftIdentifier.phrase(model.name))'s" : owner
        let parts: [String] = params.compactMap { param in
            let value: String
            switch param.source {
            case .identifier:
                let name = param.name ?? ""
                if let identifier = model.identifier(named: name) {
                    value = "\(subject) `\(identifier.swiftName)`"
                } else if let attribute = model.attribute(named: name) {
                    value = "\(subject) `\(attribute.swiftName)` attribute"
                } else {
                    value = "\(subject) `\(name)`"
                }
            case .data:
                value = param.path.map { "`\($0.expression)` of \(subject) data" } ?? "\(subject) data"
            case .string, .integer, .boolean:
                value = "`\(Self.constant(param.value ?? .null))`"
            case .input, .response, .requestParameter:
                return nil
            }
            return "`\(param.target.text)` = \(value)"
        }
        return parts.joined(separator: ", ")
    }

    /// "Calls `Op` with ..." (or "Calls `Op`").
    func call(_ request: ResourceRequest, batch: Bool = false) -> String {
        let filled = parameters(request.params, batch: batch)
        return "Calls `\(request.operation)`" + (filled.isEmpty ? "" : " with \(filled)")
    }

    /// How the data is loaded, for attribute docs (`ListBuckets`), `nil` when it cannot be.
    var loadOperation: String? {
        switch model.load {
        case .action(let action)?: return action.request.operation
        case .listBucketsMatchingName?: return "ListBuckets"
        case .headObjectAsSummary?: return "HeadObject"
        case nil: return nil
        }
    }

    /// A constant as written in the model.
    static func constant(_ value: Document) -> String {
        switch value {
        case .string(let text): return "\"\(text)\""
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return value.description
        }
    }
}
