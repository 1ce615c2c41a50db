/// A DynamoDB set: a string set (`SS`), number set (`NS`) or binary set (`BS`), as boto3 writes
/// Python `set`s.
///
/// ```swift
/// try await table.putItem(Item: ["id": "u1", "tags": DynamoDBSet(["a", "b"]), "scores": DynamoDBSet([1, 2])])
/// item["tags"]?.stringSet?.contains("a")
/// ```
/// Elements are unique (a repeated element keeps its first place) and keep the order they were
/// given in, which is the order they are sent in: requests are reproducible. Equality and hashing
/// ignore order, as for sets. DynamoDB has no empty sets: serializing one throws
/// `DynamoDBTypeError` (`.emptySet`); leave the attribute out instead.
public struct DynamoDBSet<Element: DynamoDBSetElement>: Sendable {
    /// The elements, unique, in the order first given.
    public private(set) var elements: [Element]

    /// An empty set (which DynamoDB will not store until an element is inserted).
    public init() {
        elements = []
    }

    /// The distinct elements of `elements`, in order of first appearance.
    public init<S: Sequence>(_ elements: S) where S.Element == Element {
        var seen = Set<Element>()
        self.elements = elements.filter { seen.insert($0).inserted }
    }

    /// Elements known to be distinct.
    init(unique elements: [Element]) {
        self.elements = elements
    }

    /// The number of elements.
    public var count: Int { elements.count }

    /// Whether the set has no element.
    public var isEmpty: Bool { elements.isEmpty }

    /// Whether `element` is in the set.
    public func contains(_ element: Element) -> Bool { elements.contains(element) }

    /// Adds `element` at the end unless it is already in the set; returns whether it was added.
    @discardableResult
    public mutating func insert(_ element: Element) -> Bool {
        guard !elements.contains(element) else { return false }
        elements.append(element)
        return true
    }
}

extension DynamoDBSet: Sequence {
    /// Iterates the elements in order.
    public func makeIterator() -> IndexingIterator<[Element]> { elements.makeIterator() }
}

extension DynamoDBSet: ExpressibleByArrayLiteral {
    /// The distinct elements of the literal.
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension DynamoDBSet: Hashable {
    /// Equal when the elements are, in any order.
    public static func == (lhs: DynamoDBSet, rhs: DynamoDBSet) -> Bool {
        lhs.elements.count == rhs.elements.count && Set(lhs.elements) == Set(rhs.elements)
    }

    /// Hashes the elements, whatever their order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(Set(elements))
    }
}

extension DynamoDBSet: CustomStringConvertible {
    /// The elements in order: `["a", "b"]`, `[1, 2.5]`, `[<3 bytes>]`.
    public var description: String {
        "[" + elements.map(DynamoDBValue.render(setElement:)).joined(separator: ", ") + "]"
    }
}
