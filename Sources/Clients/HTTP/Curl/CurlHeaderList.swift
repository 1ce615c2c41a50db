import CCurl

/// A request's header lines as the linked list libcurl reads (`CURLOPT_HTTPHEADER`), built in
/// storage its handle keeps from request to request: no allocation per line, where
/// `curl_slist_append` makes two. Used only on the event-loop thread; the list stays valid until
/// the next `reset()`.
final class CurlHeaderList {
    private var bytes: UnsafeMutableRawPointer
    private var byteCapacity: Int
    private var byteCount = 0
    private var lineStarts: [Int] = []
    private var nodes: UnsafeMutablePointer<ccurl_slist_node>
    private var nodeCapacity: Int

    init() {
        byteCapacity = 2048
        bytes = .allocate(byteCount: byteCapacity, alignment: 1)
        nodeCapacity = 16
        nodes = .allocate(capacity: nodeCapacity)
        lineStarts.reserveCapacity(nodeCapacity)
    }

    deinit {
        bytes.deallocate()
        nodes.deallocate()
    }

    /// Forgets the lines of the last request.
    func reset() {
        byteCount = 0
        lineStarts.removeAll(keepingCapacity: true)
    }

    /// Adds `Name: value`, or `Name;` for an empty value (libcurl's spelling: `Name:` would
    /// remove the header instead).
    func append(name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>) {
        startLine(length: name.count + (value.isEmpty ? 1 : 2 + value.count))
        write(name)
        if value.isEmpty {
            write(byte: UInt8(ascii: ";"))
        } else {
            write(byte: UInt8(ascii: ":"))
            write(byte: UInt8(ascii: " "))
            write(value)
        }
        write(byte: 0)
    }

    /// Adds a line as written (`Accept:` suppresses a header libcurl would add).
    func append(line: StaticString) {
        line.withUTF8Buffer { text in
            startLine(length: text.count)
            write(text)
        }
        write(byte: 0)
    }

    /// The first node of the list, its nodes linked in the order the lines were added; `nil`
    /// when there are none.
    func head() -> UnsafeMutablePointer<ccurl_slist_node>? {
        guard !lineStarts.isEmpty else { return nil }
        if lineStarts.count > nodeCapacity {
            nodes.deallocate()
            nodeCapacity = lineStarts.count * 2
            nodes = .allocate(capacity: nodeCapacity)
        }
        for (index, start) in lineStarts.enumerated() {
            let next = index + 1 < lineStarts.count ? nodes + index + 1 : nil
            nodes[index] = ccurl_slist_node(data: (bytes + start).assumingMemoryBound(to: CChar.self), next: next)
        }
        return nodes
    }

    /// Records where a line of `length` bytes (plus its NUL) starts, growing the storage first.
    private func startLine(length: Int) {
        let needed = byteCount + length + 1
        if needed > byteCapacity {
            let grown = UnsafeMutableRawPointer.allocate(byteCount: max(needed, byteCapacity * 2), alignment: 1)
            grown.copyMemory(from: bytes, byteCount: byteCount)
            bytes.deallocate()
            bytes = grown
            byteCapacity = max(needed, byteCapacity * 2)
        }
        lineStarts.append(byteCount)
    }

    private func write(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        (bytes + byteCount).copyMemory(from: base, byteCount: text.count)
        byteCount += text.count
    }

    private func write(byte: UInt8) {
        bytes.storeBytes(of: byte, toByteOffset: byteCount, as: UInt8.self)
        byteCount += 1
    }
}
