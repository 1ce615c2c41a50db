/// Expands an operation's `endpoint.hostPrefix` (`{AccountId}.data.`) with the input members
/// marked `hostLabel`, as botocore's `_expand_host_prefix` does.
package enum HostPrefix {
    /// The expanded prefix, `nil` when the operation has none. Throws `ProtocolError` when a label
    /// is missing, and `ParamValidationError` naming every label that is not a valid host label
    /// (botocore's `ParamValidationError`, in its words).
    package static func expand(for operation: OperationModel, params: Document) throws -> String? {
        guard let template = operation.hostPrefix else { return nil }
        var result = ""
        var label = ""
        var inLabel = false
        var invalid: [String] = []
        for character in template {
            if character == "{" {
                inLabel = true
                label = ""
            } else if character == "}", inLabel {
                inLabel = false
                guard let value = params[label]?.scalarText, !value.isEmpty else {
                    throw ProtocolError(.serialization, "the host prefix of \(operation.name) needs the parameter \(label)")
                }
                if !isValidHostLabel(value), !invalid.contains(label) { invalid.append(label) }
                result += value
            } else if inLabel {
                label.append(character)
            } else {
                result.append(character)
            }
        }
        if !invalid.isEmpty {
            throw ParamValidationError(problems: [.init(kind: .invalidValue, path: invalid.joined(separator: ", "),
                message: "Invalid value for parameter(s): \(invalid.joined(separator: ", ")). "
                    + "Must contain only alphanumeric characters, hyphen, or period.")])
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
