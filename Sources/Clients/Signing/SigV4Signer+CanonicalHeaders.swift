/// The canonical header block and signed-header list, as botocore's `SigV4Auth` builds them:
/// names lowercased and sorted (repeated names keep their order and join with commas), values
/// with whitespace runs collapsed, `host` always signed.
extension SigV4Signer {
    /// The canonical header block (each line ending in a newline) and the signed header list.
    /// `host` is signed even when the request leaves the header to the HTTP stack.
    ///
    /// Header names are ASCII in practice: they are then compared and written lowercase byte by
    /// byte, with no lowercased copy of each name (this runs for every header of every request).
    /// A request with a non-ASCII name takes the general path, which lowercases with Unicode rules.
    static func canonicalHeaders(_ headers: HTTPHeaders, host: String) -> (block: String, signed: String) {
        if headers.contains(where: { field in field.name.utf8.contains { $0 >= 0x80 } }) {
            return canonicalHeadersLowercasing(headers, host: host)
        }
        var fields: [(name: String, value: String, order: Int)] = []
        fields.reserveCapacity(headers.count + 1)
        var hasHost = false
        for (order, field) in headers.enumerated() {
            if isUnsignedHeader(field.name) { continue }
            if field.name.caseInsensitiveEquals("host") { hasHost = true }
            fields.append((field.name, trimAll(field.value), order))
        }
        if !hasHost { fields.append(("host", trimAll(host), fields.count)) }
        let sorted = sortedPositions(names: fields.map(\.name), orders: fields.map(\.order))

        // Sizes first, so each string is written once at its final length.
        var blockCount = fields.isEmpty ? 0 : 1, signedCount = 0
        for (rank, position) in sorted.enumerated() {
            let name = fields[position].name
            if rank > 0, name.caseInsensitiveEquals(fields[sorted[rank - 1]].name) {
                blockCount += 1
            } else {
                blockCount += name.utf8.count + (rank > 0 ? 2 : 1)
                signedCount += name.utf8.count + (rank > 0 ? 1 : 0)
            }
            blockCount += fields[position].value.utf8.count
        }
        let block = String(unsafeUninitializedCapacity: blockCount) { buffer in
            var out = ByteWriter(buffer)
            for (rank, position) in sorted.enumerated() {
                let name = fields[position].name
                if rank > 0, name.caseInsensitiveEquals(fields[sorted[rank - 1]].name) {
                    out.append(UInt8(ascii: ","))
                } else {
                    if rank > 0 { out.append(UInt8(ascii: "\n")) }
                    out.appendLowercased(name)
                    out.append(UInt8(ascii: ":"))
                }
                out.append(fields[position].value)
            }
            if !fields.isEmpty { out.append(UInt8(ascii: "\n")) }
            return out.count
        }
        let signed = String(unsafeUninitializedCapacity: signedCount) { buffer in
            var out = ByteWriter(buffer)
            for (rank, position) in sorted.enumerated() {
                let name = fields[position].name
                if rank > 0, name.caseInsensitiveEquals(fields[sorted[rank - 1]].name) { continue }
                if rank > 0 { out.append(UInt8(ascii: ";")) }
                out.appendLowercased(name)
            }
            return out.count
        }
        return (block, signed)
    }

    /// Positions of `names` in canonical order: lowercased bytes, then original order. Sorted by
    /// each name's first eight lowercased bytes as a number (most names differ there), with the
    /// full comparison only on a tie.
    private static func sortedPositions(names: [String], orders: [Int]) -> [Int] {
        let prefixes = names.map(sortPrefix)
        return names.indices.sorted { lhs, rhs in
            if prefixes[lhs] != prefixes[rhs] { return prefixes[lhs] < prefixes[rhs] }
            let comparison = compareLowercased(names[lhs], names[rhs])
            return comparison != 0 ? comparison < 0 : orders[lhs] < orders[rhs]
        }
    }

    /// The first eight lowercased UTF-8 bytes of `name` as a big-endian number (zero-padded):
    /// comparing two of these orders names as their lowercased bytes do, up to a tie.
    static func sortPrefix(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            var prefix: UInt64 = 0
            for index in 0..<8 {
                prefix = prefix << 8 | UInt64(index < bytes.count ? asciiLowercase(bytes[index]) : 0)
            }
            return prefix
        }
    }

    /// `<0`, `0` or `>0` as `a` sorts before, with, or after `b` by lowercased bytes.
    static func compareLowercased(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                for index in 0..<min(x.count, y.count) {
                    let left = asciiLowercase(x[index]), right = asciiLowercase(y[index])
                    if left != right { return left < right ? -1 : 1 }
                }
                return x.count - y.count
            }
        }
    }

    @inline(__always)
    static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The general path: names lowercased with `lowercased()` (Unicode rules), as botocore's
    /// `str.lower()`, then sorted by UTF-8 bytes.
    static func canonicalHeadersLowercasing(_ headers: HTTPHeaders, host: String) -> (block: String, signed: String) {
        var fields: [(name: String, value: String, order: Int)] = []
        for (order, field) in headers.enumerated() {
            let name = field.name.lowercased()
            if isUnsignedHeader(name) { continue }
            fields.append((name, trimAll(field.value), order))
        }
        if !fields.contains(where: { $0.name == "host" }) { fields.append(("host", trimAll(host), fields.count)) }
        fields.sort { lhs, rhs in
            if lhs.name != rhs.name { return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8) }
            return lhs.order < rhs.order
        }
        var block = ""
        var signed: [String] = []
        for field in fields {
            if field.name == signed.last {
                block += ","
            } else {
                if !signed.isEmpty { block += "\n" }
                block += field.name + ":"
                signed.append(field.name)
            }
            block += field.value
        }
        if !fields.isEmpty { block += "\n" }
        return (block, signed.joined(separator: ";"))
    }
}

/// Writes bytes into a string's uninitialized storage, measured beforehand: every write checks
/// that it stays inside the buffer, so a wrong measurement traps instead of overrunning.
struct ByteWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "canonical header size was measured wrong")
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            precondition(count + bytes.count <= buffer.count, "canonical header size was measured wrong")
            _ = UnsafeMutableBufferPointer(rebasing: buffer[count..<(count + bytes.count)]).initialize(from: bytes)
            count += bytes.count
        }
    }

    /// Appends `text` with ASCII letters lowercased.
    mutating func appendLowercased(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            precondition(count + bytes.count <= buffer.count, "canonical header size was measured wrong")
            for byte in bytes {
                buffer[count] = SigV4Signer.asciiLowercase(byte)
                count += 1
            }
        }
    }
}
