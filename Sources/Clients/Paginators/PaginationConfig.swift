import Foundation

/// The `PaginationConfig` argument of `paginate`: `MaxItems`, `PageSize` and `StartingToken`,
/// read with botocore's conversions (`MaxItems` through `int()`, `PageSize` to the type of the
/// operation's limit member).
struct PaginationConfig: Sendable {
    static let keys = ["MaxItems", "PageSize", "StartingToken"]

    /// Stop after this many results of the first result key, cutting a page short if needed.
    var maxItems: Int?
    /// The value sent as the limit member on every request.
    var pageSize: Document?
    /// Where to resume: a `NextToken` from an earlier truncated run.
    var startingToken: String?

    init() {}

    /// Reads the config for `configuration`'s operation; `nil` or `.null` means none.
    init(_ document: Document?, configuration: PaginatorConfiguration, operation: OperationModel) throws(PaginationError) {
        guard let document, !document.isNull else { return }
        guard case .map(let entries) = document else {
            throw PaginationError(.invalidConfig, "PaginationConfig must be a map with MaxItems, PageSize or StartingToken, not \(document)")
        }
        for key in entries.keys.sorted() where !Self.keys.contains(key) {
            let hint = ClosestNames.find(key, in: Self.keys)
            throw PaginationError(.invalidConfig, "PaginationConfig has an unknown key '\(key)'; valid keys are MaxItems, PageSize and StartingToken"
                + (hint.isEmpty ? "" : " (did you mean \(hint.joined(separator: ", "))?)"), suggestions: hint)
        }
        if let value = entries["MaxItems"], !value.isNull {
            guard let number = Self.integer(value) else {
                throw PaginationError(.invalidConfig, "PaginationConfig MaxItems must be an integer, not \(value)")
            }
            maxItems = number
        }
        if let value = entries["PageSize"], !value.isNull {
            guard let limitKey = configuration.limitKey else {
                throw PaginationError(.invalidConfig, "PageSize parameter is not supported for the pagination interface for this operation "
                    + "(\(configuration.operationName) has no page-size parameter); use MaxItems to limit the results")
            }
            if operation.input?.member(limitKey)?.type == .string {
                pageSize = .string(Self.text(value))
            } else {
                guard let number = Self.integer(value) else {
                    throw PaginationError(.invalidConfig, "PaginationConfig PageSize must be an integer (it is sent as \(limitKey)), not \(value)")
                }
                pageSize = .int(number)
            }
        }
        if let value = entries["StartingToken"], !value.isNull {
            guard let token = value.string else {
                throw PaginationError(.invalidConfig, "PaginationConfig StartingToken must be a string (a NextToken from an earlier run), not \(value)")
            }
            startingToken = token
        }
    }

    /// Python's `int()`: integers, floats truncated toward zero, and decimal strings.
    private static func integer(_ value: Document) -> Int? {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .double(let number): return number.isFinite ? Int(exactly: number.rounded(.towardZero)) : nil
        case .string(let text): return Int(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// Python's `str()` of a scalar.
    private static func text(_ value: Document) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return JSONWriter.format(double: number)
        case .bool(let flag): return flag ? "True" : "False"
        default: return "\(value)"
        }
    }
}
