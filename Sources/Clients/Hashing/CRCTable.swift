/// Slicing-by-8 lookup tables for a reflected 32-bit CRC, and the update loop over them.
package struct CRCTable: Sendable {
    /// 8 tables of 256 entries, one after another.
    private let entries: [UInt32]

    /// Builds the tables for a reflected polynomial (`0xEDB88320` for CRC-32, `0x82F63B78` for CRC-32C).
    package init(reflectedPolynomial polynomial: UInt32) {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ polynomial : crc >> 1
            }
            table[byte] = crc
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = table[(slice - 1) * 256 + byte]
                table[slice * 256 + byte] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        entries = table
    }

    /// Advances `crc` (the inverted running register) over `input`, eight bytes per step.
    package func update(_ crc: UInt32, _ input: UnsafeRawBufferPointer) -> UInt32 {
        guard var pointer = input.baseAddress else { return crc }
        var remaining = input.count
        var crc = crc
        entries.withUnsafeBufferPointer { t in
            while remaining >= 8 {
                let low = UInt32(littleEndian: pointer.loadUnaligned(as: UInt32.self)) ^ crc
                let high = UInt32(littleEndian: pointer.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
                crc = t[7 &* 256 &+ Int(low & 0xFF)] ^ t[6 &* 256 &+ Int((low >> 8) & 0xFF)]
                    ^ t[5 &* 256 &+ Int((low >> 16) & 0xFF)] ^ t[4 &* 256 &+ Int(low >> 24)]
                    ^ t[3 &* 256 &+ Int(high & 0xFF)] ^ t[2 &* 256 &+ Int((high >> 8) & 0xFF)]
                    ^ t[256 &+ Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
                pointer += 8
                remaining &-= 8
            }
            while remaining > 0 {
                let byte = pointer.load(as: UInt8.self)
                crc = (crc >> 8) ^ t[Int((crc ^ UInt32(byte)) & 0xFF)]
                pointer += 1
                remaining &-= 1
            }
        }
        return crc
    }
}
