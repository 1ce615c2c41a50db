import Foundation
import Testing
@testable import AWSClients

/// Hex helpers for CBOR test vectors.
enum CBORHex {
    /// The bytes of a hex string (`"a16161"`); whitespace is ignored.
    static func data(_ hex: String) -> Data {
        let digits = Array(hex.utf8.filter { $0 != 0x20 })
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < digits.count {
            bytes.append(UInt8(nibble(digits[index]) << 4 | nibble(digits[index + 1])))
            index += 2
        }
        return Data(bytes)
    }

    /// The lowercase hex of `data`.
    static func string(_ data: Data) -> String {
        data.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    private static func nibble(_ digit: UInt8) -> UInt8 {
        switch digit {
        case 0x30...0x39: return digit - 0x30
        case 0x61...0x66: return digit - 0x61 + 10
        case 0x41...0x46: return digit - 0x41 + 10
        default: return 0
        }
    }
}

/// One RFC 8949 Appendix A example: the bytes and the item they decode to.
struct CBORVector: Sendable, CustomTestStringConvertible {
    let hex: String
    let value: CBORValue
    /// Whether encoding `value` gives back exactly `hex` (false for indefinite-length examples).
    let encodesBack: Bool

    init(_ hex: String, _ value: CBORValue, encodesBack: Bool = true) {
        self.hex = hex
        self.value = value
        self.encodesBack = encodesBack
    }

    var testDescription: String { "0x\(hex) \(value)" }
}
