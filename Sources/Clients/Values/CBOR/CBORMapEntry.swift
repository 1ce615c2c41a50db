/// One key/value pair of a CBOR map, kept in order inside `CBORValue.map`.
package struct CBORMapEntry: Sendable, Hashable {
    /// The key (usually a text string in AWS payloads, but any item is allowed).
    package var key: CBORValue
    /// The value.
    package var value: CBORValue

    /// Creates an entry.
    package init(key: CBORValue, value: CBORValue) {
        self.key = key
        self.value = value
    }
}
