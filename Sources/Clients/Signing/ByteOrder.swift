/// Byte-wise ordering of ranges of one buffer (Python's `str` order for UTF-8 text), and a sort
/// suited to the handful of items a request has.
enum ByteOrder {
    /// `<0`, `0` or `>0` as `buffer[a]` sorts before, with, or after `buffer[b]` by bytes.
    @inline(__always)
    static func compare(_ buffer: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Int {
        let length = min(a.count, b.count)
        var index = 0
        while index < length {
            let x = buffer[a.lowerBound &+ index], y = buffer[b.lowerBound &+ index]
            if x != y { return x < y ? -1 : 1 }
            index &+= 1
        }
        return a.count - b.count
    }

    /// Whether `buffer[a]` and `buffer[b]` hold the same bytes.
    static func equal(_ buffer: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && compare(buffer, a, b) == 0
    }

    /// Sorts `items` stably: an insertion sort for the usual few items (no allocation, few
    /// comparisons when the input is nearly sorted), the standard sort for long lists, where
    /// `areInIncreasingOrder` must break ties itself if the order of equal items matters.
    static func sort<T>(_ items: inout [T], by areInIncreasingOrder: (T, T) -> Bool) {
        if items.count > 32 { return items.sort(by: areInIncreasingOrder) }
        var index = 1
        while index < items.count {
            let item = items[index]
            var position = index
            while position > 0, areInIncreasingOrder(item, items[position - 1]) {
                items[position] = items[position - 1]
                position -= 1
            }
            if position != index { items[position] = item }
            index += 1
        }
    }
}
