/// Reads the few DER (ASN.1) forms that EC private keys are stored in: tag, length, contents.
/// Every read is bounds-checked; malformed input throws `DERReader.Malformed`.
struct DERReader {
    /// The input is not the DER structure expected.
    struct Malformed: Error {}

    /// One element: its tag byte and contents.
    struct Element {
        var tag: UInt8
        var contents: ArraySlice<UInt8>
    }

    static let sequence: UInt8 = 0x30
    static let integer: UInt8 = 0x02
    static let octetString: UInt8 = 0x04
    static let bitString: UInt8 = 0x03
    static let objectIdentifier: UInt8 = 0x06

    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { bytes.isEmpty }

    /// The tag of the next element, `nil` at the end.
    var nextTag: UInt8? { bytes.first }

    /// Reads the next element.
    mutating func read() throws(Malformed) -> Element {
        guard let tag = bytes.first else { throw Malformed() }
        var index = bytes.index(after: bytes.startIndex)
        guard index < bytes.endIndex else { throw Malformed() }
        var length = Int(bytes[index])
        index += 1
        if length & 0x80 != 0 {
            let count = length & 0x7F
            guard count >= 1, count <= 3, bytes.endIndex - index >= count else { throw Malformed() }
            length = 0
            for _ in 0..<count {
                length = length << 8 | Int(bytes[index])
                index += 1
            }
        }
        guard bytes.endIndex - index >= length else { throw Malformed() }
        let contents = bytes[index..<(index + length)]
        bytes = bytes[(index + length)...]
        return Element(tag: tag, contents: contents)
    }

    /// Reads the next element, which must have `tag`.
    mutating func read(_ tag: UInt8) throws(Malformed) -> ArraySlice<UInt8> {
        let element = try read()
        guard element.tag == tag else { throw Malformed() }
        return element.contents
    }
}
