import Foundation

/// Turns the URL-encoded JSON policy documents IAM returns (members of shape
/// `policyDocumentType`, anywhere in the output) into documents, as botocore's
/// `json_decode_policies`; a value that is not JSON is left as the string.
struct IAMPolicyDocumentDecoding: ServiceCustomization {
    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        guard let shape = operation.output else { return }
        Self.decode(&output, shape: shape, depth: 0)
    }

    private static func decode(_ value: inout Document, shape: Shape, depth: Int) {
        guard depth < 32 else { return }
        switch (shape.type, value) {
        case (.structure, .map(var entries)):
            var changed = false
            for (name, member) in shape.members {
                guard var child = entries[name] else { continue }
                if member.type == .string, member.name == "policyDocumentType", let text = child.string {
                    if let decoded = try? JSONReader.parse(Data(PercentEncoding.decode(text).utf8)) {
                        entries[name] = decoded.document
                        changed = true
                    }
                } else if member.type == .structure || member.type == .list {
                    decode(&child, shape: member, depth: depth + 1)
                    entries[name] = child
                    changed = true
                }
            }
            if changed { value = .map(entries) }
        case (.list, .list(var items)):
            guard let element = shape.listMember, element.type == .structure || element.type == .list else { return }
            for index in items.indices { decode(&items[index], shape: element, depth: depth + 1) }
            value = .list(items)
        default:
            return
        }
    }
}
