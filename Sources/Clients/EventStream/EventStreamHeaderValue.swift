import Foundation

/// The value of one header of an event stream message, by its wire type (0–9 of the
/// `application/vnd.amazon.eventstream` encoding).
package enum EventStreamHeaderValue: Sendable, Hashable {
    /// Types 0 and 1.
    case bool(Bool)
    /// Type 2: a signed byte.
    case byte(Int8)
    /// Type 3: a signed 16-bit integer.
    case short(Int16)
    /// Type 4: a signed 32-bit integer.
    case integer(Int32)
    /// Type 5: a signed 64-bit integer.
    case long(Int64)
    /// Type 6: bytes (at most 65535).
    case bytes(Data)
    /// Type 7: UTF-8 text (at most 65535 bytes).
    case string(String)
    /// Type 8: milliseconds since the epoch.
    case timestamp(Int64)
    /// Type 9: 16 bytes.
    case uuid(Data)

    /// The value as botocore's header parser returns it, as a `Document`: integers (timestamps
    /// too, in milliseconds), bytes (UUIDs too), strings and booleans.
    package var document: Document {
        switch self {
        case .bool(let value): return .bool(value)
        case .byte(let value): return .int(Int(value))
        case .short(let value): return .int(Int(value))
        case .integer(let value): return .int(Int(value))
        case .long(let value): return .int(Int(value))
        case .timestamp(let value): return .int(Int(value))
        case .bytes(let value), .uuid(let value): return .blob(value)
        case .string(let value): return .string(value)
        }
    }

    /// The text of a string header, `nil` for other types.
    package var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
