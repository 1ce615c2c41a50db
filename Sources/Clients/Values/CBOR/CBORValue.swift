import Foundation

/// One CBOR data item (RFC 8949), as the decoder reads it and the encoder writes it.
///
/// Integers keep CBOR's two major types so the whole 64-bit range of both signs is exact;
/// floats keep their encoded width so a decoded item encodes back to the same bytes; maps keep
/// their entries in order (keys may be any item, as CBOR allows).
/// ```swift
/// let item: CBORValue = .map([CBORMapEntry(key: .text("a"), value: .unsigned(1))])
/// let bytes = CBOREncoder.encode(item)            // a1 61 61 01
/// let back = try CBORDecoder().decode(bytes)      // == item
/// ```
package enum CBORValue: Sendable, Hashable {
    /// Major type 0: an unsigned integer.
    case unsigned(UInt64)
    /// Major type 1: the negative integer `-1 - n`, holding `n`.
    case negative(UInt64)
    /// Major type 2: a byte string.
    case bytes(Data)
    /// Major type 3: a UTF-8 text string.
    case text(String)
    /// Major type 4: an array.
    case array([CBORValue])
    /// Major type 5: a map, entries in order.
    case map([CBORMapEntry])
    /// Major type 6: a tagged item (`1` is epoch-based date/time).
    indirect case tagged(UInt64, CBORValue)
    /// Major type 7, values 20 and 21.
    case bool(Bool)
    /// Major type 7, value 22.
    case null
    /// Major type 7, value 23.
    case undefined
    /// Major type 7: an unassigned simple value (0...19, 32...255).
    case simple(UInt8)
    /// A half-precision float (additional info 25); every half value is exact as a `Double`.
    case float16(Double)
    /// A single-precision float (additional info 26).
    case float32(Float)
    /// A double-precision float (additional info 27).
    case float64(Double)

    /// The tag for epoch-based date/time (seconds since 1970, integer or float).
    package static let epochDateTimeTag: UInt64 = 1

    /// An integer item of either sign.
    package init(_ value: Int) {
        self = value >= 0 ? .unsigned(UInt64(value)) : .negative(UInt64(~value))
    }

    /// A text-keyed map, entries in the given order.
    package init(textKeyed pairs: KeyValuePairs<String, CBORValue>) {
        self = .map(pairs.map { CBORMapEntry(key: .text($0.key), value: $0.value) })
    }

    /// The value of an integer item when it fits `Int`.
    package var int: Int? {
        switch self {
        case .unsigned(let value): return value <= UInt64(Int.max) ? Int(value) : nil
        case .negative(let value): return value <= UInt64(Int.max) ? ~Int(value) : nil
        default: return nil
        }
    }

    /// The numeric value of an integer or float item (large integers rounded).
    package var number: Double? {
        switch self {
        case .unsigned(let value): return Double(value)
        case .negative(let value): return -1 - Double(value)
        case .float16(let value), .float64(let value): return value
        case .float32(let value): return Double(value)
        default: return nil
        }
    }

    /// The text of a text string item.
    package var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// Whether the item is CBOR `null` or `undefined`.
    package var isNullOrUndefined: Bool {
        switch self {
        case .null, .undefined: return true
        default: return false
        }
    }

    /// The value for a text key of a map item (the first entry with that key).
    package subscript(key: String) -> CBORValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key.text == key }?.value
    }
}
