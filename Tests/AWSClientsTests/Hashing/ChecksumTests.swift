import Foundation
import Testing
@testable import AWSClients

/// CRC-32 and CRC-32C check values, plus vectors from RFC 3720 (iSCSI) for CRC-32C.
@Suite struct ChecksumTests {
    @Test func checkValues() {
        #expect(CRC32.hash(string: "123456789").bytes == [0xCB, 0xF4, 0x39, 0x26])
        #expect(CRC32C.hash(string: "123456789").bytes == [0xE3, 0x06, 0x92, 0x83])
        var crc = CRC32()
        crc.update(string: "123456789")
        #expect(crc.value == 0xCBF4_3926)
    }

    @Test func emptyInputIsZero() {
        #expect(CRC32().value == 0)
        #expect(CRC32C().value == 0)
        #expect(CRC32.hash(data: Data()).bytes == [0, 0, 0, 0])
    }

    @Test func rfc3720Vectors() {
        #expect(CRC32C.hash(data: [UInt8](repeating: 0, count: 32)).hexString == "8a9136aa")
        #expect(CRC32C.hash(data: [UInt8](repeating: 0xFF, count: 32)).hexString == "62a8ab43")
        #expect(CRC32C.hash(data: Array(0..<32)).hexString == "46dd794e")
    }

    @Test func base64AsS3SendsIt() {
        // python3: base64.b64encode(zlib.crc32(b"hello world").to_bytes(4, "big"))
        #expect(CRC32.hash(string: "hello world").base64String == "DUoRhQ==")
    }

    /// 100,003 patterned bytes (zlib.crc32 and a bitwise CRC-32C in Python), fed whole and in
    /// every chunk size that lands on and off the 8-byte slicing boundary.
    @Test func largeInputAndChunking() {
        let message = (0..<100_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(CRC32.hash(data: message).hexString == "17340963")
        #expect(CRC32C.hash(data: message).hexString == "d351be60")
        for chunk in [1, 7, 8, 9, 4096, 65_537] {
            var a = CRC32(), b = CRC32C()
            var index = 0
            while index < message.count {
                let part = message[index..<min(index + chunk, message.count)]
                a.update(data: part)
                b.update(data: part)
                index += chunk
            }
            #expect(a.value == 0x1734_0963, "CRC-32 in chunks of \(chunk)")
            #expect(b.value == 0xD351_BE60, "CRC-32C in chunks of \(chunk)")
        }
    }

    /// The hardware paths (PCLMUL fold for CRC-32, SSE4.2 for CRC-32C) agree with the tables for
    /// every length from 0 to 300 bytes at every start offset 0-15 (the fold needs 64 bytes and
    /// leaves a tail; loads are unaligned). On a CPU without them this compares the tables with
    /// themselves, so the check values above still pin both down.
    @Test func hardwareMatchesTables() {
        let bytes = (0..<320).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }
        bytes.withUnsafeBytes { all in
            for offset in 0..<16 {
                for length in 0...300 {
                    let input = UnsafeRawBufferPointer(rebasing: all[offset..<(offset + length)])
                    let start: UInt32 = length % 2 == 0 ? 0xFFFF_FFFF : 0x1234_5678
                    var crc32 = CRC32(), crc32c = CRC32C()
                    crc32.update(bufferPointer: input)
                    crc32c.update(bufferPointer: input)
                    if CRC32.hardwareAvailable {
                        #expect(CRC32.foldedUpdate(start, input) == CRC32.table.update(start, input),
                                "CRC-32 fold from \(start), offset \(offset), length \(length)")
                    }
                    #expect(crc32.value == ~CRC32.table.update(0xFFFF_FFFF, input), "CRC-32, offset \(offset), length \(length)")
                    #expect(crc32c.value == ~CRC32C.table.update(0xFFFF_FFFF, input), "CRC-32C, offset \(offset), length \(length)")
                }
            }
        }
    }
}
