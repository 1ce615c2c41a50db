import AWSClients
import Foundation

/// The output a `Stubber` in stub-everything mode returns: data generated from the output
/// shape with deterministic placeholders, as Ruby's `stub_responses: true`.
enum PlaceholderOutput {
    /// Structures nest at most this deep (recursive shapes stop there).
    static let maxDepth = 6

    static func output(for operation: OperationModel) -> Document {
        guard let shape = operation.output else { return [:] }
        return value(for: shape, name: shape.name, depth: 0) ?? [:]
    }

    /// A placeholder for `shape`; `nil` leaves the member out.
    static func value(for shape: Shape, name: String, depth: Int) -> Document? {
        switch shape.type {
        case .structure:
            guard depth < maxDepth else { return nil }
            var members: [String: Document] = [:]
            for (member, memberShape) in shape.members where !isPaginationToken(member) && !memberShape.isEventStream {
                members[member] = value(for: memberShape, name: member, depth: depth + 1)
            }
            return .map(members)
        case .list: return .list([])
        case .map: return .map([:])
        case .string: return .string(shape.enumValues.first ?? name)
        case .integer, .long, .byte, .short, .bigInteger: return .int(0)
        case .float, .double, .bigDecimal: return .double(0)
        case .document: return .map([:])
        case .boolean: return .bool(false)
        case .timestamp: return .timestamp(Date(timeIntervalSince1970: 0))
        case .blob: return .blob(Data())
        }
    }

    /// Members that carry a next page's token: left out, so paginators stop after one page.
    static func isPaginationToken(_ member: String) -> Bool {
        member.contains("Token") || member.contains("Marker") || member == "LastEvaluatedKey" || member.hasPrefix("Next")
    }
}
