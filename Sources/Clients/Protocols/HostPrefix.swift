/// Expands an operation's `endpoint.hostPrefix` (`{AccountId}.data.`) with the input members
/// marked `hostLabel`, as botocore's `_expand_host_prefix` does.
package enum HostPrefix {
    /// The expanded prefix, `nil` when the operation has none. Throws when a label is missing or is
    /// not a valid host label.
    package static func expand(for operation: OperationModel, params: Document) throws -> String? {
        guard let template = operation.hostPrefix else { return nil }
        var result = ""
        var label = ""
        var inLabel = false
        for character in template {
            if character == "{" {
                inLabel = true
                label = ""
            } else if character == "}", inLabel {
                inLabel = false
                guard let value = params[label]?.scalarText, !value.isEmpty else {
                    throw ProtocolError(.serialization, "the host prefix of \(operation.name) needs the parameter \(label)")
                }
                guard isValidHostLabel(value) else {
                    throw ProtocolError(.serialization,
                                        "invalid value for \(label): '\(value)' must contain only letters, digits, '-' and '.'")
                }
                result += value
            } else if inLabel {
                label.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Letters, digits, `-` and `.` only, as botocore's `HOST_PREFIX_RE`.
    static func isValidHostLabel(_ value: String) -> Bool {
        value.utf8.allSatisfy { byte in
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E
        }
    }
}
