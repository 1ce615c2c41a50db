import Foundation
import Testing
@testable import AWSClients

@Suite struct CBORCodecTests {
    @Test(arguments: CBORAppendixAVectors.all)
    func decodesAppendixAExample(_ vector: CBORVector) throws {
        let decoded = try CBORDecoder().decode(CBORHex.data(vector.hex))
        #expect(decoded == vector.value, "0x\(vector.hex) decoded to \(decoded)")
        if case .float16(let expected) = vector.value, case .float16(let actual) = decoded {
            #expect(actual.sign == expected.sign, "0x\(vector.hex): sign of zero lost")
        }
    }

    @Test(arguments: CBORAppendixAVectors.all.filter(\.encodesBack))
    func encodesAppendixAExample(_ vector: CBORVector) {
        #expect(CBORHex.string(CBOREncoder.encode(vector.value)) == vector.hex)
    }

    @Test func decodesAndEncodesNaNOfEveryWidth() throws {
        for (hex, width) in CBORAppendixAVectors.nan {
            let decoded = try CBORDecoder().decode(CBORHex.data(hex))
            #expect(decoded.number?.isNaN == true, "0x\(hex) decoded to \(decoded)")
            #expect(CBOREncoder.encode(decoded).count == width + 1)
            #expect(CBORHex.string(CBOREncoder.encode(decoded)) == hex)
        }
    }

    @Test func integersCoverBothSignsAcrossTheWholeRange() throws {
        let samples = [0, 1, 23, 24, 255, 256, 65_535, 65_536, 4_294_967_295, 4_294_967_296, Int.max,
                       -1, -24, -25, -256, -257, -65_537, -4_294_967_297, Int.min]
        for sample in samples {
            var encoder = CBOREncoder()
            encoder.encodeInt(sample)
            let decoded = try CBORDecoder().decode(encoder.data)
            #expect(decoded.int == sample, "\(sample) came back as \(decoded)")
            #expect(decoded == CBORValue(sample))
        }
        #expect(CBORHex.string(CBOREncoder.encode(CBORValue(Int.min))) == "3b7fffffffffffffff")
    }

    @Test func nestedItemsRoundTrip() throws {
        let value: CBORValue = .map([
            CBORMapEntry(key: .text("list"), value: .array([.null, .undefined, .bool(true), .simple(99), .float32(1.5)])),
            CBORMapEntry(key: .unsigned(7), value: .tagged(1, .float64(1.25))),
            CBORMapEntry(key: .bytes(Data([0, 255])), value: .map([CBORMapEntry(key: .text("z"), value: .text("é"))])),
            CBORMapEntry(key: .text("big"), value: .bytes(Data(repeating: 0xAB, count: 70_000))),
        ])
        #expect(try CBORDecoder().decode(CBOREncoder.encode(value)) == value)
    }

    @Test func indefiniteContainersFromTheStreamingAPIDecode() throws {
        var encoder = CBOREncoder()
        encoder.beginIndefiniteMap()
        encoder.encodeText("a")
        encoder.beginIndefiniteArray()
        encoder.encodeInt(-3)
        encoder.encodeBreak()
        encoder.encodeBreak()
        #expect(try CBORDecoder().decode(encoder.data) == CBORValue(textKeyed: ["a": .array([CBORValue(-3)])]))
    }

    @Test func halfFloatConversionRoundsToNearestEven() {
        #expect(CBORHalfFloat.bits(from: 1.0) == 0x3C00)
        #expect(CBORHalfFloat.bits(from: 65504) == 0x7BFF)
        #expect(CBORHalfFloat.bits(from: 65520) == 0x7C00)
        #expect(CBORHalfFloat.bits(from: -0.0) == 0x8000)
        #expect(CBORHalfFloat.bits(from: 0x1p-24) == 0x0001)
        #expect(CBORHalfFloat.bits(from: 0x1p-25) == 0x0000)
        #expect(CBORHalfFloat.bits(from: 1 + 0x1p-11) == 0x3C00)
        #expect(CBORHalfFloat.bits(from: 1 + 3 * 0x1p-11) == 0x3C02)
        #expect(CBORHalfFloat.bits(from: .nan) == 0x7E00)
        #expect(CBORHalfFloat.double(fromBits: 0x7C01).isNaN)
        #expect(CBORHalfFloat.double(fromBits: 0x0050) == 4.76837158203125e-06)
        let mismatches = (UInt16(0)...0x7BFF).filter { CBORHalfFloat.bits(from: CBORHalfFloat.double(fromBits: $0)) != $0 }
        #expect(mismatches.isEmpty, "half bit patterns that do not round-trip: \(mismatches.prefix(5))")
    }

    @Test func documentValueFollowsBotocoreConventions() {
        let value: CBORValue = CBORValue(textKeyed: [
            "when": .tagged(1, .unsigned(10)), "gone": .null, "blob": .bytes(Data([1])), "n": CBORValue(-2),
            "list": .array([.null, .float16(0.5)]),
        ])
        #expect(value.documentValue == .map([
            "when": .timestamp(Date(timeIntervalSince1970: 10)), "blob": .blob(Data([1])), "n": .int(-2),
            "list": .list([.null, .double(0.5)]),
        ]))
    }
}
