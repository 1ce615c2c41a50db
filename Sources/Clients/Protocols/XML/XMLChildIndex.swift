/// The child elements of one element, found by local name (namespace prefix ignored, as botocore
/// matches tags), in document order.
///
/// A structure element usually has a handful of children, which a linear scan finds faster than
/// hashing every name into a dictionary (a 1000-key listing decodes 1000 such structures); an
/// element with many children (the listing itself) gets a dictionary from name to positions.
struct XMLChildIndex {
    /// Above this many children, lookups go through a dictionary.
    static let linearScanLimit = 16

    let children: [XMLTree.Element]
    private let localNames: [Substring]
    private let positions: [Substring: [Int]]?

    init(_ element: XMLTree.Element) {
        children = element.children
        localNames = children.map(\.localName)
        if children.count > Self.linearScanLimit {
            var positions: [Substring: [Int]] = [:]
            for (position, name) in localNames.enumerated() { positions[name, default: []].append(position) }
            self.positions = positions
        } else {
            positions = nil
        }
    }

    /// The first child named `name`.
    func first(named name: Substring) -> XMLTree.Element? {
        if let positions { return positions[name].map { children[$0[0]] } }
        return localNames.firstIndex { Self.same($0, name) }.map { children[$0] }
    }

    /// Every child named `name`, in document order.
    func all(named name: Substring) -> [XMLTree.Element] {
        if let positions { return positions[name]?.map { children[$0] } ?? [] }
        return localNames.indices.filter { Self.same(localNames[$0], name) }.map { children[$0] }
    }

    /// Name equality with the byte counts compared first: most names a structure is searched
    /// for differ in length, and a count check is much cheaper than a string comparison.
    private static func same(_ a: Substring, _ b: Substring) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// The distinct local names of the children, in order of first appearance.
    var distinctNames: [Substring] {
        var seen: Set<Substring> = []
        return localNames.filter { seen.insert($0).inserted }
    }
}
