/// The type of a shape in a botocore service model.
public enum ShapeType: String, Sendable, CaseIterable {
    case structure, list, map
    case string, boolean, blob, timestamp
    case byte, short, integer, long, float, double
    case bigInteger = "biginteger"
    case bigDecimal = "bigdecimal"
    /// Smithy's document type; botocore models it as a structure with `document: true`, but a few
    /// models spell it out.
    case document

    /// The type a model names: its raw value, or `.string` for the legacy `character` type
    /// (a one-character string, which botocore parses and serializes as a string).
    public init?(modelName: String) {
        if modelName == "character" {
            self = .string
            return
        }
        self.init(rawValue: modelName)
    }

    /// Whether values of this type are integral numbers.
    public var isIntegral: Bool {
        switch self {
        case .byte, .short, .integer, .long, .bigInteger: return true
        default: return false
        }
    }

    /// Whether values of this type are floating-point numbers.
    public var isFloatingPoint: Bool {
        switch self {
        case .float, .double, .bigDecimal: return true
        default: return false
        }
    }
}
