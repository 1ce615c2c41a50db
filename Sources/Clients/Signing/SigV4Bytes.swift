/// UTF-8 text built byte by byte for signing: the canonical request, the string to sign and the
/// `Authorization` value are each written into one buffer reserved near its final size, then
/// hashed as bytes and made a `String` once.
struct SigV4Bytes {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The whole buffer as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Part of the buffer as text.
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Appends one byte.
    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends a line break.
    mutating func appendNewline() { bytes.append(0x0A) }

    /// Appends the UTF-8 bytes of `text`.
    mutating func append(_ text: some StringProtocol) {
        Self.withUTF8(text) { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes.
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }

    /// Appends the lowercase hex digits of `bytes` (a digest), rendered on the stack first.
    mutating func appendHex(_ source: UnsafeRawBufferPointer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count * 2) { hex in
            let digits: StaticString = "0123456789abcdef"
            for (index, byte) in source.enumerated() {
                hex[index &* 2] = digits.utf8Start[Int(byte >> 4)]
                hex[index &* 2 &+ 1] = digits.utf8Start[Int(byte & 0x0F)]
            }
            bytes.append(contentsOf: hex)
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, in place when the string stores them
    /// contiguously (native strings and their substrings do).
    static func withUTF8<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(text)
        return try copy.withUTF8(body)
    }
}
