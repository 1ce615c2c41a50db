/// The parameter values one endpoint resolution runs with (`Region`, `Bucket`, `UseFIPS`, ...).
///
/// Built by `EndpointParameters.build(...)` from the client's settings and the call's input the
/// way botocore's `EndpointRulesetResolver` builds them, or written directly:
/// ```swift
/// let endpoint = try ruleSet.resolve(["Region": "us-west-2", "Bucket": "photos", "UseFIPS": false])
/// ```
/// `.null` and absent values both mean "not set".
public struct EndpointParameters: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The values by parameter name.
    public var values: [String: Document]

    /// Creates parameters from a dictionary.
    public init(_ values: [String: Document] = [:]) {
        self.values = values
    }

    /// Creates parameters from a literal; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, Document)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The value of a parameter; assigning `nil` removes it.
    public subscript(name: String) -> Document? {
        get { values[name] }
        set { values[name] = newValue }
    }
}
