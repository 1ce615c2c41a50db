/// One parameter a rule set declares (`parameters.<Name>` in `endpoint-rule-set-1.json`).
public struct EndpointParameterDefinition: Sendable, Hashable {
    /// The declared type of a parameter.
    public enum ValueType: Sendable, Hashable {
        /// `string`.
        case string
        /// `boolean`.
        case boolean
        /// `stringArray`: a list of strings.
        case stringArray

        /// The Python type botocore names in its messages, so error texts read the same.
        var pythonTypeName: String {
            switch self {
            case .string: return "<class 'str'>"
            case .boolean: return "<class 'bool'>"
            case .stringArray: return "<class 'tuple'>"
            }
        }

        func accepts(_ value: Document) -> Bool {
            switch (self, value) {
            case (.string, .string), (.boolean, .bool): return true
            case (.stringArray, .list(let elements)): return elements.allSatisfy { $0.string != nil }
            default: return false
            }
        }
    }

    /// The parameter name (`Region`, `Bucket`, `UseFIPS`, ...).
    public let name: String
    /// The declared type.
    public let type: ValueType
    /// The SDK setting that supplies the value (`AWS::Region`, `SDK::Endpoint`, ...), if any.
    public let builtIn: String?
    /// The value used when none is given.
    public let defaultValue: Document?
    /// Whether a value (given or default) must be present.
    public let isRequired: Bool
    /// The deprecation note (`deprecated.message`), if the parameter is deprecated.
    public let deprecationMessage: String?

    init(name: String, definition: JSONValue) throws(EndpointResolutionError) {
        self.name = name
        guard let object = definition.object else {
            throw EndpointResolutionError(.invalidRuleSet, "parameter \(name) must be a JSON object (at parameters.\(name))")
        }
        switch object["type"]?.string?.lowercased() {
        case "string": type = .string
        case "boolean": type = .boolean
        case "stringarray": type = .stringArray
        default:
            throw EndpointResolutionError(
                .invalidRuleSet,
                "Unknown parameter type: \(object["type"]?.string ?? "<missing>"). A parameter must be of type string, boolean, or stringarray. (at parameters.\(name).type)")
        }
        builtIn = object["builtIn"]?.string
        if let defaultJSON = object["default"], !defaultJSON.isNull {
            defaultValue = defaultJSON.document
        } else {
            defaultValue = nil
        }
        isRequired = object["required"]?.bool ?? false
        deprecationMessage = object["deprecated"].map { $0["message"]?.string ?? "" }
    }

    /// The value botocore would use for `given`: the given value, else the default; throws when
    /// a required value is missing or a value has the wrong type.
    func process(_ given: Document?) throws(EndpointResolutionError) -> Document? {
        guard let given, !given.isNull else {
            if let defaultValue { return defaultValue }
            if isRequired {
                throw EndpointResolutionError(.missingRequiredParameter, "Cannot find value for required parameter \(name)")
            }
            return nil
        }
        guard type.accepts(given) else {
            throw EndpointResolutionError(.invalidParameterType, "Value (\(name)) is the wrong type. Must be \(type.pythonTypeName).")
        }
        return given
    }
}
