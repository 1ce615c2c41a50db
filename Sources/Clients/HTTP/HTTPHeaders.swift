/// HTTP header fields: case-insensitive lookup, insertion order kept, repeated names allowed.
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// The fields in order, with names as given.
    public private(set) var fields: [(name: String, value: String)] = []

    /// Creates empty headers.
    public init() {}

    /// Creates headers from name/value pairs in order.
    public init(_ fields: [(String, String)]) {
        self.fields = fields.map { (name: $0.0, value: $0.1) }
    }

    /// Creates headers from a literal.
    public init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The first value for `name` (any case); setting replaces every field of that name
    /// (keeping the first one's position), and `nil` removes them.
    public subscript(name: String) -> String? {
        get { firstIndex(of: name).map { fields[$0].value } }
        set {
            if let newValue {
                if let index = firstIndex(of: name) {
                    fields[index] = (name: fields[index].name, value: newValue)
                    var i = fields.count - 1
                    while i > index {
                        if fields[i].name.caseInsensitiveEquals(name) { fields.remove(at: i) }
                        i -= 1
                    }
                } else {
                    fields.append((name: name, value: newValue))
                }
            } else {
                fields.removeAll { $0.name.caseInsensitiveEquals(name) }
            }
        }
    }

    /// Every value for `name` (any case), in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Appends a field without touching existing ones of the same name.
    public mutating func add(name: String, value: String) {
        fields.append((name: name, value: value))
    }

    /// The last field added, if any.
    package var last: (name: String, value: String)? { fields.last }

    /// Replaces the value of the last field (a folded header line's continuation).
    package mutating func setLastValue(_ value: String) {
        guard !fields.isEmpty else { return }
        fields[fields.count - 1].value = value
    }

    /// Whether a field named `name` (any case) is present.
    public func contains(_ name: String) -> Bool {
        firstIndex(of: name) != nil
    }

    /// The position of the first field named `name` (any case). An index loop reads each name in
    /// place, where `first(where:)` would copy (retain and release) every field it passes.
    private func firstIndex(of name: String) -> Int? {
        for index in fields.indices where fields[index].name.caseInsensitiveEquals(name) { return index }
        return nil
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }

    /// Equal when the same names (any case) have the same values in the same order.
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name.lowercased() == $1.name.lowercased() && $0.value == $1.value }
    }

    /// Hashes names (lowercased) and values.
    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name.lowercased())
            hasher.combine(field.value)
        }
    }

    /// `name: value` lines.
    public var description: String { fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n") }
}

extension String {
    /// ASCII case-insensitive equality, cheap enough for header lookups.
    package func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        // Header lookups run this against every field: compare the stored bytes directly when
        // both strings have them (native strings do), instead of zipping two UTF-8 views.
        let contiguous = a.withContiguousStorageIfAvailable { x in
            b.withContiguousStorageIfAvailable { y in Self.asciiCaseInsensitiveEqual(x, y) }
        }
        if let result = contiguous ?? nil { return result }
        for (x, y) in zip(a, b) where x != y {
            let lx = (x >= 0x41 && x <= 0x5A) ? x + 32 : x
            let ly = (y >= 0x41 && y <= 0x5A) ? y + 32 : y
            if lx != ly { return false }
        }
        return true
    }

    private static func asciiCaseInsensitiveEqual(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in x.indices where x[index] != y[index] {
            let lx = (x[index] >= 0x41 && x[index] <= 0x5A) ? x[index] | 0x20 : x[index]
            let ly = (y[index] >= 0x41 && y[index] <= 0x5A) ? y[index] | 0x20 : y[index]
            if lx != ly { return false }
        }
        return true
    }
}
