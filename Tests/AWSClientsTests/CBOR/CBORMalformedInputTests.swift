import Foundation
import Testing
@testable import AWSClients

/// Bytes that are not well-formed CBOR, with a word the error must contain.
struct MalformedCBOR: Sendable, CustomTestStringConvertible {
    let name: String
    let hex: String
    let reason: String

    var testDescription: String { "\(name) (0x\(hex))" }
}

@Suite struct CBORMalformedInputTests {
    static let cases: [MalformedCBOR] = [
        MalformedCBOR(name: "empty input", hex: "", reason: "end of input"),
        MalformedCBOR(name: "truncated 1-byte argument", hex: "18", reason: "end of input"),
        MalformedCBOR(name: "truncated 8-byte argument", hex: "1b00000000", reason: "end of input"),
        MalformedCBOR(name: "truncated half float", hex: "f93c", reason: "end of input"),
        MalformedCBOR(name: "truncated double", hex: "fb3ff19999", reason: "end of input"),
        MalformedCBOR(name: "byte string longer than the input", hex: "4501020304", reason: "longer than"),
        MalformedCBOR(name: "text string claiming 2^64-1 bytes", hex: "7bffffffffffffffff61", reason: "longer than"),
        MalformedCBOR(name: "array claiming 2^32 elements", hex: "9b0000000100000000", reason: "cannot fit"),
        MalformedCBOR(name: "map claiming more entries than bytes", hex: "a30102", reason: "cannot fit"),
        MalformedCBOR(name: "array missing its last element", hex: "821801", reason: "end of input"),
        MalformedCBOR(name: "array claiming more elements than bytes", hex: "830102", reason: "cannot fit"),
        MalformedCBOR(name: "unterminated indefinite array", hex: "9f0102", reason: "indefinite-length"),
        MalformedCBOR(name: "unterminated indefinite map", hex: "bf6161", reason: "end of input"),
        MalformedCBOR(name: "unterminated indefinite string", hex: "7f6161", reason: "indefinite-length"),
        MalformedCBOR(name: "text chunk inside an indefinite byte string", hex: "5f6161ff", reason: "same type"),
        MalformedCBOR(name: "nested indefinite chunk", hex: "7f7fffff", reason: "same type"),
        MalformedCBOR(name: "lone break", hex: "ff", reason: "break"),
        MalformedCBOR(name: "break inside a definite array", hex: "81ff", reason: "break"),
        MalformedCBOR(name: "reserved additional information", hex: "1c", reason: "reserved"),
        MalformedCBOR(name: "reserved simple encoding", hex: "fc", reason: "reserved"),
        MalformedCBOR(name: "indefinite integer", hex: "1f", reason: "indefinite"),
        MalformedCBOR(name: "indefinite tag", hex: "df01", reason: "indefinite"),
        MalformedCBOR(name: "two-byte simple value below 32", hex: "f814", reason: "simple value"),
        MalformedCBOR(name: "invalid UTF-8 text", hex: "62c328", reason: "UTF-8"),
        MalformedCBOR(name: "trailing bytes", hex: "0001", reason: "after the data item"),
        MalformedCBOR(name: "tag without content", hex: "c1", reason: "end of input"),
    ]

    @Test(arguments: cases)
    func malformedInputThrows(_ input: MalformedCBOR) {
        #expect {
            _ = try CBORDecoder().decode(CBORHex.data(input.hex))
        } throws: { error in
            String(describing: error).contains(input.reason)
        }
    }

    @Test func everyTruncationOfAValidItemThrows() throws {
        let item = CBORValue(textKeyed: [
            "s": .text("hello"), "n": CBORValue(-70_000), "f": .float64(1.5), "t": .tagged(1, .unsigned(1_700_000_000)),
            "l": .array([.bytes(Data([1, 2, 3])), .float32(2), .float16(3), .bool(false)]),
        ])
        let bytes = CBOREncoder.encode(item)
        for length in 0..<bytes.count {
            #expect(throws: CBORDecodingError.self, "prefix of \(length) bytes") {
                _ = try CBORDecoder().decode(bytes.prefix(length))
            }
        }
        #expect(try CBORDecoder().decode(bytes) == item)
    }

    @Test func nestingDepthIsBounded() throws {
        let deep = Data(repeating: 0x81, count: 100_000) + Data([0x00])
        #expect {
            _ = try CBORDecoder().decode(deep)
        } throws: { error in
            String(describing: error).contains("nested deeper than 128")
        }
        let indefinite = Data(repeating: 0x9F, count: 10_000)
        #expect(throws: CBORDecodingError.self) { _ = try CBORDecoder().decode(indefinite) }
        let tags = Data(repeating: 0xC1, count: 10_000) + Data([0x00])
        #expect(throws: CBORDecodingError.self) { _ = try CBORDecoder().decode(tags) }
        let shallow = Data(repeating: 0x81, count: 128) + Data([0x00])
        #expect(try CBORDecoder().decode(shallow) != .null)
    }

    @Test func trailingBytesAreAllowedWhenAsked() throws {
        let decoder = CBORDecoder(allowsTrailingBytes: true)
        #expect(try decoder.decode(CBORHex.data("0102")) == .unsigned(1))
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 0x5EED)
        var decoded = 0
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 40)
            let bytes = Data((0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
            if (try? CBORDecoder().decode(bytes)) != nil { decoded += 1 }
        }
        #expect(decoded < 5_000)
    }
}

/// A small deterministic generator, so the fuzz test sees the same inputs every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
