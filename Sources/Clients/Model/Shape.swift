import Synchronization

/// A shape of a service model, with the traits of the member reference that led to it merged in
/// (as botocore's `ShapeResolver` does: a member's `locationName`, `location`, `flattened`, ...
/// override the target shape's own).
///
/// Members, list members and map keys/values are resolved lazily on first access and cached, so
/// loading a model costs only what the operations in use touch. Shapes are immutable and `Sendable`.
public final class Shape: Sendable, CustomStringConvertible {
    /// The shape's name in the model.
    public let name: String
    /// The shape's type.
    public let type: ShapeType
    /// The shape's JSON definition with the member reference's traits merged in.
    package let definition: JSONObject

    // Serialization traits.
    /// `locationName`: the wire name of a member (header name, XML element, query key, ...).
    public let locationName: String?
    /// `queryName`: the EC2 protocol's name override.
    public let queryName: String?
    /// `location`: where the member goes on the HTTP message; `nil` for the body.
    public let location: ShapeLocation?
    /// `flattened`: XML lists and maps without a wrapping element.
    public let isFlattened: Bool
    /// `payload`: on a structure, the member that is the whole HTTP body.
    public let payload: String?
    /// `streaming`: a blob or string streamed as the body.
    public let isStreaming: Bool
    /// `timestampFormat`: overrides the protocol's default timestamp format.
    public let timestampFormat: TimestampFormat?
    /// `xmlNamespace`.
    public let xmlNamespace: XMLNamespace?
    /// `xmlAttribute`: serialized as an attribute of the enclosing element.
    public let isXMLAttribute: Bool
    /// `resultWrapper`: the query protocol's element wrapping an operation's output.
    public let resultWrapper: String?
    /// `jsonvalue`: a string header carrying base64-encoded JSON.
    public let isJSONValue: Bool
    /// `hostLabel`: the member fills a `{label}` of the operation's host prefix.
    public let isHostLabel: Bool
    /// `eventstream`: a union of events streamed on the body.
    public let isEventStream: Bool
    /// `event`: a structure that is one event of an event stream.
    public let isEvent: Bool
    /// `eventheader`: a member carried in an event's headers.
    public let isEventHeader: Bool
    /// `eventpayload`: the member that is an event's payload.
    public let isEventPayload: Bool

    // Metadata traits.
    /// Names of required members, in model order.
    public let requiredMembers: [String]
    /// `min`: minimum length, count or value.
    public let min: Double?
    /// `max`: maximum length, count or value.
    public let max: Double?
    /// `pattern`: a regular expression a string must match.
    public let pattern: String?
    /// `enum`: the allowed values of a string.
    public let enumValues: [String]
    /// `sensitive`: never log the value.
    public let isSensitive: Bool
    /// `idempotencyToken`: filled with a UUID when the caller leaves it out.
    public let isIdempotencyToken: Bool
    /// `exception`: this structure is an error.
    public let isException: Bool
    /// `error`: the error's code and HTTP status, when modeled.
    public let errorTrait: ErrorTrait?
    /// `document`: a free-form JSON document.
    public let isDocument: Bool
    /// `union`: exactly one member may be set.
    public let isUnion: Bool
    /// `contextParam.name`: the endpoint ruleset parameter this member feeds.
    public let contextParam: String?
    /// `requiresLength`: a streaming body whose length must be known in advance.
    public let requiresLength: Bool

    private let resolver: ShapeResolver
    /// Set once, then read without a lock (every member lookup while serializing and parsing).
    private let resolvedMembers = ShapeLazyReference<ResolvedMembers>()

    // Tables the protocols work out once per structure shape, kept here so that looking one up
    // costs an atomic load instead of a locked dictionary lookup.
    /// Where a REST response carries each member.
    let restResponseLayout = ShapeLazyReference<RestResponseLayout>()
    /// The body members of an XML structure, found by element name.
    let xmlDecodingLayout = ShapeLazyReference<XMLStructureLayout>()
    /// The members of a JSON structure, found by key.
    let jsonDecodingLayout = ShapeLazyReference<JSONStructureLayout>()

    /// The resolved members of a structure, the member of a list, or the key and value of a map.
    /// A class so that reading it (on every member lookup while serializing and parsing) retains
    /// one reference instead of copying five fields.
    private final class ResolvedMembers: Sendable {
        let members: [(name: String, shape: Shape)]
        /// Member positions by name.
        let index: ShapeNameTable
        let listMember: Shape?
        let mapKey: Shape?
        let mapValue: Shape?

        init(members: [(name: String, shape: Shape)] = [], listMember: Shape? = nil,
             mapKey: Shape? = nil, mapValue: Shape? = nil) {
            self.members = members
            index = ShapeNameTable(members.map(\.name), caseInsensitive: false)
            self.listMember = listMember
            self.mapKey = mapKey
            self.mapValue = mapValue
        }
    }

    init(name: String, type: ShapeType, definition: JSONObject, resolver: ShapeResolver) {
        self.name = name
        self.type = type
        self.definition = definition
        self.resolver = resolver
        locationName = definition["locationName"]?.string
        queryName = definition["queryName"]?.string
        location = definition["location"]?.string.flatMap(ShapeLocation.init(rawValue:))
        isFlattened = definition["flattened"]?.bool ?? false
        payload = definition["payload"]?.string
        isStreaming = definition["streaming"]?.bool ?? false
        timestampFormat = definition["timestampFormat"]?.string.flatMap(TimestampFormat.init(modelName:))
        if let uri = definition["xmlNamespace"]?["uri"]?.string {
            xmlNamespace = XMLNamespace(uri: uri, prefix: definition["xmlNamespace"]?["prefix"]?.string)
        } else if let uri = definition["xmlNamespace"]?.string {
            xmlNamespace = XMLNamespace(uri: uri)
        } else {
            xmlNamespace = nil
        }
        isXMLAttribute = definition["xmlAttribute"]?.bool ?? false
        resultWrapper = definition["resultWrapper"]?.string
        isJSONValue = definition["jsonvalue"]?.bool ?? false
        isHostLabel = definition["hostLabel"]?.bool ?? false
        isEventStream = definition["eventstream"]?.bool ?? false
        isEvent = definition["event"]?.bool ?? false
        isEventHeader = definition["eventheader"]?.bool ?? false
        isEventPayload = definition["eventpayload"]?.bool ?? false
        requiredMembers = definition["required"]?.array?.compactMap(\.string) ?? []
        min = definition["min"]?.double
        max = definition["max"]?.double
        pattern = definition["pattern"]?.string
        enumValues = definition["enum"]?.array?.compactMap(\.string) ?? []
        isSensitive = definition["sensitive"]?.bool ?? false
        isIdempotencyToken = definition["idempotencyToken"]?.bool ?? false
        isException = definition["exception"]?.bool ?? false
        if let error = definition["error"]?.object {
            errorTrait = ErrorTrait(code: error["code"]?.string, httpStatusCode: error["httpStatusCode"]?.int,
                                    senderFault: error["senderFault"]?.bool ?? false)
        } else {
            errorTrait = nil
        }
        isDocument = (definition["document"]?.bool ?? false) || type == .document
        isUnion = definition["union"]?.bool ?? false
        contextParam = definition["contextParam"]?["name"]?.string
        requiresLength = definition["requiresLength"]?.bool ?? false
    }

    private var resolved: ResolvedMembers {
        if let cached = resolvedMembers.load() { return cached }
        let result: ResolvedMembers
        switch type {
        case .structure:
            var members: [(name: String, shape: Shape)] = []
            if let definitions = definition["members"]?.object {
                for (memberName, ref) in definitions.pairs {
                    guard let ref = ref.object, let shape = resolver.resolve(reference: ref) else { continue }
                    members.append((memberName, shape))
                }
            }
            result = ResolvedMembers(members: members)
        case .list:
            result = ResolvedMembers(listMember: definition["member"]?.object.flatMap(resolver.resolve(reference:)))
        case .map:
            result = ResolvedMembers(mapKey: definition["key"]?.object.flatMap(resolver.resolve(reference:)),
                                     mapValue: definition["value"]?.object.flatMap(resolver.resolve(reference:)))
        default:
            result = ResolvedMembers()
        }
        return resolvedMembers.storeIfNil(result)
    }

    /// A structure's members in model order (empty for other types).
    public var members: [(name: String, shape: Shape)] { resolved.members }

    /// The member named `name` of a structure.
    public func member(_ name: String) -> Shape? {
        let resolved = resolved
        let position = resolved.index.first(name)
        return position < 0 ? nil : resolved.members[position].shape
    }

    /// The members of a structure that `entries` sets, in model order, with their values. Looks up
    /// from the smaller side: most calls set a handful of an operation's many members.
    package func presentMembers(of entries: [String: Document]) -> [(name: String, shape: Shape, value: Document)] {
        let resolved = resolved
        if entries.count * 2 < resolved.members.count {
            return withUnsafeTemporaryAllocation(of: (position: Int, value: Document).self, capacity: entries.count) { buffer in
                var count = 0
                for (key, value) in entries {
                    let position = resolved.index.first(key)
                    guard position >= 0 else { continue }
                    buffer.initializeElement(at: count, to: (position, value))
                    count += 1
                }
                var found = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
                defer { found.deinitialize() }
                found.sort { $0.position < $1.position }
                var present: [(name: String, shape: Shape, value: Document)] = []
                present.reserveCapacity(count)
                for (position, value) in found {
                    present.append((resolved.members[position].name, resolved.members[position].shape, value))
                }
                return present
            }
        }
        var present: [(name: String, shape: Shape, value: Document)] = []
        present.reserveCapacity(entries.count)
        for (name, shape) in resolved.members {
            if let value = entries[name] { present.append((name, shape, value)) }
        }
        return present
    }

    /// The names of a structure's members, in model order.
    public var memberNames: [String] { resolved.members.map(\.name) }

    /// A list's member shape.
    public var listMember: Shape? { resolved.listMember }

    /// A map's key shape.
    public var mapKey: Shape? { resolved.mapKey }

    /// A map's value shape.
    public var mapValue: Shape? { resolved.mapValue }

    /// The error code of an exception shape: its `error.code`, else its name (as botocore).
    public var errorCode: String? {
        guard isException else { return nil }
        return errorTrait?.code ?? name
    }

    /// The member carrying an event stream, if any.
    public var eventStreamMemberName: String? {
        members.first(where: { $0.shape.isEventStream })?.name
    }

    /// A shape looked up by name in the same model.
    public func sibling(named name: String) -> Shape? { resolver.shape(named: name) }

    /// `Shape(Name: type)`.
    public var description: String { "Shape(\(name): \(type.rawValue))" }
}
