import Foundation

/// One decoded message of an event stream: its headers in wire order and its payload.
package struct EventStreamMessage: Sendable, Hashable {
    /// The headers, in the order they were encoded (names are unique within a message).
    package var headers: [(name: String, value: EventStreamHeaderValue)]
    /// The payload bytes.
    package var payload: Data

    /// Creates a message.
    package init(headers: [(name: String, value: EventStreamHeaderValue)], payload: Data) {
        self.headers = headers
        self.payload = payload
    }

    /// The value of the header `name` (exact, case-sensitive as on the wire).
    package subscript(header name: String) -> EventStreamHeaderValue? {
        headers.first(where: { $0.name == name })?.value
    }

    /// `:message-type` (`event`, `exception`, `error`).
    package var messageType: String? { self[header: ":message-type"]?.string }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.payload == rhs.payload && lhs.headers.count == rhs.headers.count
            && zip(lhs.headers, rhs.headers).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(payload)
        for header in headers {
            hasher.combine(header.name)
            hasher.combine(header.value)
        }
    }
}
