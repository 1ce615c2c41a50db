/// A compiled rule-set expression: what a condition argument, URL, header value or error
/// message evaluates from. Variables are resolved to scope slots at compile time.
indirect enum EndpointExpression: Sendable {
    /// A value used as written (non-template strings, booleans, numbers, raw lists and objects).
    case literal(Document?)
    /// A string with `{Name}` / `{Name#attr}` references.
    case template(EndpointTemplate)
    /// `{"ref": "Name"}`: a parameter or an assigned variable.
    case reference(slot: Int)
    /// `{"fn": ..., "argv": [...]}`.
    case call(EndpointFunctionCall)
}

/// A compiled function call, with the scope slot its result is assigned to (`assign`).
struct EndpointFunctionCall: Sendable {
    let function: EndpointFunction
    let arguments: [EndpointExpression]
    /// `assign`: the slot that receives the result.
    let assignSlot: Int?
    /// `assign`'s variable name, for messages.
    let assignName: String?
    /// `getAttr`'s path when it is a literal (it always is in published rule sets).
    let attributePath: EndpointAttributePath?
}

/// The functions a rule set can call.
enum EndpointFunction: Sendable, Hashable {
    case isSet
    case not
    case getAttr
    case booleanEquals
    case stringEquals
    case substring
    case uriEncode
    case parseURL
    case isValidHostLabel
    case awsPartition
    case awsParseArn
    case awsIsVirtualHostableS3Bucket
    /// A name this SDK does not implement; calling it fails (botocore fails the same way, at call time).
    case unknown(String)

    init(name: String) {
        switch name {
        case "isSet": self = .isSet
        case "not": self = .not
        case "getAttr": self = .getAttr
        case "booleanEquals": self = .booleanEquals
        case "stringEquals": self = .stringEquals
        case "substring": self = .substring
        case "uriEncode": self = .uriEncode
        case "parseURL": self = .parseURL
        case "isValidHostLabel": self = .isValidHostLabel
        case "aws.partition": self = .awsPartition
        case "aws.parseArn": self = .awsParseArn
        case "aws.isVirtualHostableS3Bucket": self = .awsIsVirtualHostableS3Bucket
        default: self = .unknown(name)
        }
    }

    /// How many arguments the function takes.
    var arity: Int? {
        switch self {
        case .isSet, .not, .uriEncode, .parseURL, .awsPartition, .awsParseArn: return 1
        case .getAttr, .booleanEquals, .stringEquals, .isValidHostLabel, .awsIsVirtualHostableS3Bucket: return 2
        case .substring: return 4
        case .unknown: return nil
        }
    }

    var name: String {
        switch self {
        case .isSet: return "isSet"
        case .not: return "not"
        case .getAttr: return "getAttr"
        case .booleanEquals: return "booleanEquals"
        case .stringEquals: return "stringEquals"
        case .substring: return "substring"
        case .uriEncode: return "uriEncode"
        case .parseURL: return "parseURL"
        case .isValidHostLabel: return "isValidHostLabel"
        case .awsPartition: return "aws.partition"
        case .awsParseArn: return "aws.parseArn"
        case .awsIsVirtualHostableS3Bucket: return "aws.isVirtualHostableS3Bucket"
        case .unknown(let name): return name
        }
    }
}
