/// Finds the members of a structure by their wire name (a header, XML element or JSON key) with
/// no allocation and no `Hasher`: a small open-addressing table over an FNV-1a hash of the name's
/// bytes, built once per shape. Names may repeat: each entry links to the next member of the same
/// name, in model order.
struct ShapeNameTable: Sendable {
    /// The names, by member position.
    private let names: [[UInt8]]
    /// Member position + 1 in each slot; 0 for an empty slot.
    private let slots: [Int32]
    /// For each member position, the next position with the same name, else -1.
    private let nextSameName: [Int32]
    private let mask: Int
    /// Whether ASCII letters match in any case (header names).
    let caseInsensitive: Bool

    /// A table of `names` (one per member position; `nil` for a member that no name finds).
    init(_ names: [String?], caseInsensitive: Bool) {
        self.caseInsensitive = caseInsensitive
        let bytes = names.map { name in name.map { caseInsensitive ? $0.utf8.map(Self.lower) : Array($0.utf8) } ?? [] }
        var capacity = 4
        while capacity < names.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var next = [Int32](repeating: -1, count: names.count)
        var lastOfName: [Int32] = Array(repeating: -1, count: names.count)
        for position in names.indices where names[position] != nil {
            var slot = Int(truncatingIfNeeded: Self.hash(bytes[position], caseInsensitive: false)) & (capacity - 1)
            var placed = false
            while slots[slot] != 0 {
                let other = Int(slots[slot] - 1)
                if bytes[other] == bytes[position] {
                    // Same name: chain after the last member of that name.
                    next[Int(lastOfName[other])] = Int32(position)
                    lastOfName[other] = Int32(position)
                    placed = true
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
            if !placed {
                slots[slot] = Int32(position + 1)
                lastOfName[position] = Int32(position)
            }
        }
        self.names = bytes
        self.slots = slots
        self.nextSameName = next
        mask = capacity - 1
    }

    /// The first member position named `name`, else -1.
    func first(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var slot = Int(truncatingIfNeeded: Self.hash(name, caseInsensitive: caseInsensitive)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return -1 }
            if matches(name, names[entry - 1]) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The first member position named `name`, else -1.
    func first(_ name: String) -> Int {
        if let found = name.utf8.withContiguousStorageIfAvailable({ first($0) }) { return found }
        return Array(name.utf8).withUnsafeBufferPointer { first($0) }
    }

    /// The next member position with the same name as `position`, else -1.
    func next(after position: Int) -> Int { Int(nextSameName[position]) }

    private func matches(_ name: UnsafeBufferPointer<UInt8>, _ stored: [UInt8]) -> Bool {
        guard name.count == stored.count else { return false }
        if caseInsensitive {
            for index in 0..<name.count where Self.lower(name[index]) != stored[index] { return false }
        } else {
            for index in 0..<name.count where name[index] != stored[index] { return false }
        }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes, caseInsensitive: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(caseInsensitive ? lower(byte) : byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
