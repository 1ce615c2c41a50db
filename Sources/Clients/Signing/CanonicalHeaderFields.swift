/// The signed header fields of a request, staged for the canonical request as botocore's
/// `SigV4Auth` builds it: names lowercased, unsigned names dropped, values with whitespace runs
/// collapsed, `host` added when the request has none, then sorted by name bytes (repeated
/// names keep their order and join with commas).
///
/// Every name and value is copied once, transformed on the way, into one byte buffer; sorting
/// and writing move only byte ranges.
struct CanonicalHeaderFields {
    /// One staged field: byte ranges of `staged`, and its position among the request's headers.
    private struct Field {
        var name: Range<Int>
        var value: Range<Int>
        var order: Int
    }

    /// Lowercased names and collapsed values, back to back.
    private var staged: [UInt8] = []
    private var fields: [Field] = []

    /// Stages `headers`, deriving `host` from `url` when they have no `Host` field.
    init(_ headers: HTTPHeaders, url: SigV4URL) {
        self.init(headers) { fields in
            if let (host, port) = url.hostParts, fields.stageHost(host, port: port) { return }
            fields.stageCollapsed(url.host)
        }
    }

    /// Stages `headers`, with `host` as the `Host` value when they have no such field.
    init(_ headers: HTTPHeaders, host: String) {
        self.init(headers) { $0.stageCollapsed(host) }
    }

    private init(_ headers: HTTPHeaders, stageHost: (inout CanonicalHeaderFields) -> Void) {
        var capacity = 32
        for field in headers.fields { capacity += field.name.utf8.count + field.value.utf8.count }
        staged.reserveCapacity(capacity)
        fields.reserveCapacity(headers.count + 1)
        var hasHost = false
        for index in headers.fields.indices {
            let nameStart = staged.count
            stageLowercased(headers.fields[index].name)
            let name = nameStart..<staged.count
            let (isUnsigned, isHost) = staged.withUnsafeBufferPointer { bytes in
                let lowercased = UnsafeBufferPointer(rebasing: bytes[name])
                return (SigV4Signer.isUnsignedHeader(lowercased: lowercased), lowercased.elementsEqual("host".utf8))
            }
            if isUnsigned {
                staged.removeLast(name.count)
                continue
            }
            hasHost = hasHost || isHost
            let valueStart = staged.count
            stageCollapsed(headers.fields[index].value)
            fields.append(Field(name: name, value: valueStart..<staged.count, order: index))
        }
        if !hasHost {
            let nameStart = staged.count
            staged.append(contentsOf: "host".utf8)
            let valueStart = staged.count
            stageHost(&self)
            fields.append(Field(name: nameStart..<valueStart, value: valueStart..<staged.count, order: headers.count))
        }
    }

    /// Upper bound of the bytes `write(into:)` adds.
    var writtenByteCount: Int { staged.count * 2 + fields.count * 3 + 2 }

    /// Appends the header block (`name:value` lines, each ending in a newline) and the signed
    /// header list (`a;b;c`), and returns both byte ranges. A blank line separates them, as in
    /// the canonical request.
    mutating func write(into builder: inout SigV4Bytes) -> (block: Range<Int>, signed: Range<Int>) {
        sort()
        return staged.withUnsafeBufferPointer { bytes in
            let blockStart = builder.bytes.count
            for (rank, field) in fields.enumerated() {
                if rank > 0, ByteOrder.equal(bytes, fields[rank - 1].name, field.name) {
                    builder.append(byte: UInt8(ascii: ","))
                } else {
                    if rank > 0 { builder.appendNewline() }
                    builder.append(UnsafeBufferPointer(rebasing: bytes[field.name]))
                    builder.append(byte: UInt8(ascii: ":"))
                }
                builder.append(UnsafeBufferPointer(rebasing: bytes[field.value]))
            }
            if !fields.isEmpty { builder.appendNewline() }
            let block = blockStart..<builder.bytes.count
            builder.appendNewline()
            let signedStart = builder.bytes.count
            for (rank, field) in fields.enumerated() where rank == 0 || !ByteOrder.equal(bytes, fields[rank - 1].name, field.name) {
                if rank > 0 { builder.append(byte: UInt8(ascii: ";")) }
                builder.append(UnsafeBufferPointer(rebasing: bytes[field.name]))
            }
            return (block, signedStart..<builder.bytes.count)
        }
    }

    /// Orders fields by name bytes, then by their position in the request.
    private mutating func sort() {
        staged.withUnsafeBufferPointer { bytes in
            ByteOrder.sort(&fields) { lhs, rhs in
                let byName = ByteOrder.compare(bytes, lhs.name, rhs.name)
                return byName != 0 ? byName < 0 : lhs.order < rhs.order
            }
        }
    }

    /// Stages a name lowercased as Python's `str.lower()`: ASCII bytes in place, any other name
    /// through the Unicode rules.
    private mutating func stageLowercased(_ name: String) {
        let isASCII = SigV4Bytes.withUTF8(name) { source in
            guard source.allSatisfy({ $0 < 0x80 }) else { return false }
            Self.appendASCIILowercased(source, to: &staged)
            return true
        }
        if !isASCII { staged.append(contentsOf: name.lowercased().utf8) }
    }

    /// Stages a value with leading and trailing whitespace removed and inner runs collapsed to
    /// one space (Python's `' '.join(value.split())`, Unicode spaces included; folded header
    /// lines included).
    mutating func stageCollapsed(_ value: some StringProtocol) {
        SigV4Bytes.withUTF8(value) { Self.appendCollapsed($0, to: &staged) }
    }

    /// Stages the host from a URL lowercased, with `:port` when given; `false` (nothing staged)
    /// when the text needs the general path (non-ASCII bytes or whitespace).
    private mutating func stageHost(_ host: Substring, port: Substring?) -> Bool {
        let isPlain = { (bytes: UnsafeBufferPointer<UInt8>) in bytes.allSatisfy { $0 < 0x80 && !Self.isWhitespace($0) } }
        guard SigV4Bytes.withUTF8(host, isPlain), port.map({ SigV4Bytes.withUTF8($0, isPlain) }) ?? true else {
            return false
        }
        SigV4Bytes.withUTF8(host) { Self.appendASCIILowercased($0, to: &staged) }
        if let port {
            staged.append(UInt8(ascii: ":"))
            SigV4Bytes.withUTF8(port) { staged.append(contentsOf: $0) }
        }
        return true
    }

    /// Appends `source` with ASCII capitals lowercased: copied whole, then changed in place
    /// (two tight loops instead of one append per byte).
    private static func appendASCIILowercased(_ source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let start = out.count
        out.append(contentsOf: source)
        out.withUnsafeMutableBufferPointer { bytes in
            for index in start..<bytes.count where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
        }
    }

    /// Appends `value` collapsed as `stageCollapsed` describes, copying it whole when it has no
    /// whitespace to change (the usual header value).
    ///
    /// Whitespace is what Python's `str.split()` splits on: the ASCII bytes of `isWhitespace` and,
    /// in a value with non-ASCII bytes, the Unicode spaces of `unicodeWhitespaceWidth` (NBSP,
    /// U+2000...U+200A, U+3000, ...). botocore signs the value collapsed that way and sends it as
    /// given, and so does this SDK: only the canonical request changes.
    static func appendCollapsed(_ value: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if isCollapsed(value) { return out.append(contentsOf: value) }
        let start = out.count
        var pendingSpace = false
        var index = 0
        while index < value.count {
            let byte = value[index]
            let width = byte < 0x80 ? (isWhitespace(byte) ? 1 : 0) : unicodeWhitespaceWidth(value, at: index)
            if width > 0 {
                pendingSpace = out.count > start
                index += width
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
                index += 1
            }
        }
    }

    /// Whether collapsing would leave `value` unchanged: ASCII only, with no leading, trailing or
    /// repeated whitespace and no whitespace other than single spaces. A value with a non-ASCII
    /// byte is never taken as collapsed here (the general loop decides, byte for byte the same
    /// when it holds no Unicode space).
    static func isCollapsed(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in value {
            if byte >= 0x80 { return false }
            let isSpace = isWhitespace(byte)
            if isSpace && (previousWasSpace || byte != 0x20) { return false }
            previousWasSpace = isSpace
        }
        return !previousWasSpace || value.isEmpty
    }

    /// ASCII whitespace as Python's `str.split()` sees it (tab to carriage return, the
    /// separators 0x1C-0x1F, space).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }

    /// The UTF-8 length of the non-ASCII whitespace character starting at `index` (Python's
    /// `str.isspace()`: U+0085, U+00A0, U+1680, U+2000...U+200A, U+2028, U+2029, U+202F, U+205F,
    /// U+3000), or 0. The bytes come from a Swift string, so they are valid UTF-8 and a lead byte
    /// is always the start of a character.
    static func unicodeWhitespaceWidth(_ value: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let remaining = value.count - index
        switch value[index] {
        case 0xC2:
            guard remaining >= 2 else { return 0 }
            return value[index + 1] == 0x85 || value[index + 1] == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard remaining >= 3 else { return 0 }
            let (lead, second, third) = (value[index], value[index + 1], value[index + 2])
            switch (lead, second) {
            case (0xE1, 0x9A): return third == 0x80 ? 3 : 0                                    // U+1680
            case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            case (0xE2, 0x81): return third == 0x9F ? 3 : 0                                    // U+205F
            case (0xE3, 0x80): return third == 0x80 ? 3 : 0                                    // U+3000
            default: return 0
            }
        default:
            return 0
        }
    }
}
