/// The built-in functions of JMESPath, resolved by name when an expression is compiled.
enum JMESPathFunction: String, Sendable, CaseIterable {
    case abs, avg, ceil, contains, floor, join, keys, length, map, max, merge, min, reverse, sort, sum, type, values
    case endsWith = "ends_with"
    case maxBy = "max_by"
    case minBy = "min_by"
    case notNull = "not_null"
    case sortBy = "sort_by"
    case startsWith = "starts_with"
    case toArray = "to_array"
    case toNumber = "to_number"
    case toString = "to_string"

    /// The function named `name`, or an `unknown-function` error suggesting close names.
    static func named(_ name: String, position: Int) throws(JMESPathError) -> JMESPathFunction {
        if let function = JMESPathFunction(rawValue: name) { return function }
        let suggestions = ClosestNames.find(name, in: allCases.map(\.rawValue))
        let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"
        throw JMESPathError(.unknownFunction, "unknown function \(name)()\(hint)", position: position)
    }

    /// How many arguments the function takes: exactly `minimum`, or at least that many when variadic.
    var arity: (minimum: Int, variadic: Bool) {
        switch self {
        case .abs, .avg, .ceil, .floor, .keys, .length, .max, .min, .reverse, .sort, .sum, .type, .values,
             .toArray, .toNumber, .toString:
            return (1, false)
        case .contains, .endsWith, .join, .map, .maxBy, .minBy, .sortBy, .startsWith:
            return (2, false)
        case .merge, .notNull:
            return (1, true)
        }
    }

    /// Throws `invalid-arity` unless `count` arguments fit the function.
    func checkArity(_ count: Int, position: Int) throws(JMESPathError) {
        let (minimum, variadic) = arity
        if variadic ? count >= minimum : count == minimum { return }
        let expected = variadic ? "at least \(minimum)" : "\(minimum)"
        let plural = minimum == 1 && !variadic ? "argument" : "arguments"
        throw JMESPathError(.invalidArity, "\(rawValue)() takes \(expected) \(plural) but was given \(count)", position: position)
    }
}
