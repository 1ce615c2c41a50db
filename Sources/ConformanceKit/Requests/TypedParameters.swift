import AWSClients
import Foundation

/// Reads parameters in the typed JSON of Tests/Differential/requests/typed_json.py: plain JSON,
/// with `{"$blob": base64}` for bytes and `{"$timestamp": text, "epochMicros": N}` for timestamps.
/// Integers stay `.int`, numbers written with a fraction or exponent `.double`.
enum TypedParameters {
    /// The document `value` encodes; throws on a malformed wrapper.
    static func document(_ value: JSONValue) throws -> Document {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .string(let text): return .string(text)
        case .array(let elements): return .list(try elements.map(document))
        case .object(let object):
            if object.count == 1, let encoded = object["$blob"] {
                guard let text = encoded.string, let data = Data(base64Encoded: text) else {
                    throw ConformanceError("a $blob wrapper must hold base64 text, not \(encoded)")
                }
                return .blob(data)
            }
            if object["$timestamp"] != nil {
                guard case .int(let micros)? = object["epochMicros"] else {
                    throw ConformanceError("a $timestamp wrapper needs an integer epochMicros")
                }
                return .timestamp(date(epochMicros: micros))
            }
            var map: [String: Document] = [:]
            for (key, member) in object.pairs { map[key] = try document(member) }
            return .map(map)
        }
    }

    /// The date `micros` microseconds after 1970 (floor division, so negative values keep a
    /// positive fraction), as close as a `Date` can hold it.
    static func date(epochMicros micros: Int) -> Date {
        let (seconds, fraction) = floorDivision(micros, 1_000_000)
        return Date(timeIntervalSince1970: Double(seconds) + Double(fraction) / 1_000_000)
    }

    private static func floorDivision(_ value: Int, _ divisor: Int) -> (Int, Int) {
        let quotient = value / divisor, remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
