import Foundation

extension Resource: Hashable, CustomStringConvertible {
    /// Equal when the resource type and identifier values are (the data does not count).
    public static func == (lhs: Resource, rhs: Resource) -> Bool {
        lhs.meta.resourceModel.qualifiedName == rhs.meta.resourceModel.qualifiedName
            && lhs.meta.identifiers == rhs.meta.identifiers
    }

    /// Hashes the resource type and identifier values.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(meta.resourceModel.qualifiedName)
        for identifier in meta.resourceModel.identifiers { hasher.combine(meta.identifiers[identifier.name]) }
    }

    /// boto3's form: `s3.Bucket(name='photos')`, `s3.ServiceResource()`.
    public var description: String {
        let arguments = meta.resourceModel.identifiers.map { identifier in
            "\(identifier.pythonName)=\(Self.pythonRepr(meta.identifiers[identifier.name] ?? .null))"
        }
        return "\(meta.resourceModel.qualifiedName)(\(arguments.joined(separator: ", ")))"
    }

    /// A Python-like literal for an identifier value.
    static func pythonRepr(_ value: Document) -> String {
        switch value {
        case .string(let text):
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            return "'\(escaped)'"
        case .bool(let flag): return flag ? "True" : "False"
        case .null: return "None"
        default: return value.description
        }
    }
}
