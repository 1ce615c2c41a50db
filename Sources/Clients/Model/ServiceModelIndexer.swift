/// Indexes a `service-2.json` in one pass over its bytes, building no shape or operation: where
/// each operation and shape lies, and enough of each shape (its type, the names its references
/// use, whether it is an error) to check the model as a whole up front.
///
/// Creating a client for a service with thousands of shapes (EC2 has 4,000) then costs a scan of
/// the text, not a parse of all of it; `LazyJSONMembers` parses the parts an operation uses.
struct ServiceModelIndexer {
    /// What the pass found.
    struct Index {
        /// Every top-level member but `operations` and `shapes`, parsed (`metadata`, `version`, ...).
        var topLevel = JSONObject()
        var operationNames: [String] = []
        var operationRanges: [String: Range<Int>] = [:]
        var shapeNames: [String] = []
        var shapeRanges: [String: Range<Int>] = [:]
        /// Shapes with an `exception` or `error` trait, in model order.
        var errorShapeNames: [String] = []
    }

    /// A reference found in a shape or operation, checked once every shape name is known. Its
    /// path is kept as the key's token, and spelled out only for an error.
    private struct Reference {
        let owner: String
        /// `member`, `key`, `value`, `input` or `output`; or the member's name under `members`.
        let key: JSONSkimmer.Token
        let isMember: Bool
        let target: String
    }

    private var skimmer: JSONSkimmer
    private var index = Index()
    private var shapeReferences: [Reference] = []
    private var operationReferences: [Reference] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        skimmer = JSONSkimmer(bytes: bytes)
    }

    /// Indexes `bytes`. Throws `JSONParseError` for text that is not valid JSON, and `ModelError`
    /// for a model that lacks `metadata`, has a shape without a known type, or refers to a shape
    /// it does not define.
    static func index(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Index {
        var indexer = ServiceModelIndexer(bytes: bytes)
        try indexer.readDocument()
        try indexer.checkReferences()
        guard indexer.index.topLevel["metadata"]?.object != nil else {
            throw ModelError(.invalidDefinition, "the service model has no 'metadata' object", path: "metadata")
        }
        return indexer.index
    }

    private mutating func readDocument() throws {
        guard skimmer.peek(UInt8(ascii: "{")) else {
            try skimmer.skipValue()  // text that is not JSON at all throws JSONParseError here
            throw ModelError(.invalidDefinition, "a service model must be a JSON object")
        }
        var cursor = try skimmer.enterObject()
        while let key = try skimmer.nextKey(&cursor) {
            if skimmer.token(key, is: "shapes"), skimmer.peek(UInt8(ascii: "{")) {
                try readShapes()
            } else if skimmer.token(key, is: "operations"), skimmer.peek(UInt8(ascii: "{")) {
                try readOperations()
            } else {
                let name = try skimmer.string(key)
                let range = try skimmer.skipValue()
                index.topLevel[name] = try JSONReader.parse(UnsafeBufferPointer(rebasing: skimmer.bytes[range]))
            }
        }
        skimmer.skipWhitespace()
        guard skimmer.index == skimmer.bytes.count else { throw skimmer.error("unexpected text after the top-level value") }
    }

    // MARK: Operations

    private mutating func readOperations() throws {
        var cursor = try skimmer.enterObject()
        while let key = try skimmer.nextKey(&cursor) {
            let name = try skimmer.string(key)
            let start = skimmer.index
            if skimmer.peek(UInt8(ascii: "{")) {
                var members = try skimmer.enterObject()
                while let member = try skimmer.nextKey(&members) {
                    if skimmer.token(member, is: "input") || skimmer.token(member, is: "output") {
                        if let target = try readReferenceTarget() {
                            operationReferences.append(Reference(owner: name, key: member, isMember: false, target: target))
                        }
                    } else {
                        try skimmer.skipValue()
                    }
                }
            } else {
                try skimmer.skipValue()
            }
            if index.operationRanges.updateValue(start..<skimmer.index, forKey: name) == nil { index.operationNames.append(name) }
        }
    }

    // MARK: Shapes

    private mutating func readShapes() throws {
        var cursor = try skimmer.enterObject()
        while let key = try skimmer.nextKey(&cursor) {
            let name = try skimmer.string(key)
            guard skimmer.peek(UInt8(ascii: "{")) else {
                throw ModelError(.invalidDefinition, "shape \(name) is not a JSON object", path: "shapes.\(name)")
            }
            let start = skimmer.index
            let type = try readShape(named: name)
            guard let type else {
                throw ModelError(.invalidDefinition, "shape \(name) has no type", path: "shapes.\(name).type")
            }
            guard ShapeType(modelName: type) != nil else {
                throw ModelError(.unknownShapeType, "shape \(name) has unknown type '\(type)'", path: "shapes.\(name).type")
            }
            if index.shapeRanges.updateValue(start..<skimmer.index, forKey: name) == nil { index.shapeNames.append(name) }
        }
    }

    /// Reads one shape object; returns its `type`.
    private mutating func readShape(named name: String) throws -> String? {
        var type: String?
        var isError = false
        var cursor = try skimmer.enterObject()
        while let key = try skimmer.nextKey(&cursor) {
            if skimmer.token(key, is: "type") {
                type = skimmer.peek(UInt8(ascii: "\"")) ? try skimmer.string(skimmer.readStringToken()) : nil
                if type == nil { try skimmer.skipValue() }
            } else if skimmer.token(key, is: "members"), skimmer.peek(UInt8(ascii: "{")) {
                var members = try skimmer.enterObject()
                while let member = try skimmer.nextKey(&members) {
                    try readShapeReference(owner: name, key: member, isMember: true)
                }
            } else if skimmer.token(key, is: "member") || skimmer.token(key, is: "key") || skimmer.token(key, is: "value") {
                try readShapeReference(owner: name, key: key, isMember: false)
            } else {
                if skimmer.token(key, is: "exception") || skimmer.token(key, is: "error") { isError = true }
                try skimmer.skipValue()
            }
        }
        if isError { index.errorShapeNames.append(name) }
        return type
    }

    private mutating func readShapeReference(owner: String, key: JSONSkimmer.Token, isMember: Bool) throws {
        guard let target = try readReferenceTarget() else {
            throw ModelError(.invalidDefinition, "reference without a 'shape' name",
                             path: "shapes.\(owner).\(path(key: key, isMember: isMember))")
        }
        shapeReferences.append(Reference(owner: owner, key: key, isMember: isMember, target: target))
    }

    /// A reference's path below its shape or operation (`members.Bucket`, `member`, `input`).
    private func path(key: JSONSkimmer.Token, isMember: Bool) -> String {
        let name = (try? skimmer.string(key)) ?? "?"
        return isMember ? "members." + name : name
    }

    /// The `shape` name of a reference object `{"shape": "Name", ...}`, `nil` when it has none
    /// (or is not an object); the value is consumed either way.
    private mutating func readReferenceTarget() throws -> String? {
        guard skimmer.peek(UInt8(ascii: "{")) else {
            try skimmer.skipValue()
            return nil
        }
        var target: String?
        var cursor = try skimmer.enterObject()
        while let key = try skimmer.nextKey(&cursor) {
            if skimmer.token(key, is: "shape"), skimmer.peek(UInt8(ascii: "\"")) {
                target = try skimmer.string(skimmer.readStringToken())
            } else {
                try skimmer.skipValue()
            }
        }
        return target
    }

    private func checkReferences() throws(ModelError) {
        for reference in shapeReferences where index.shapeRanges[reference.target] == nil {
            throw ModelError(.unknownShape, "shape \(reference.owner) refers to undefined shape '\(reference.target)'",
                             path: "shapes.\(reference.owner).\(path(key: reference.key, isMember: reference.isMember))")
        }
        for reference in operationReferences where index.shapeRanges[reference.target] == nil {
            throw ModelError(.unknownShape, "operation \(reference.owner) refers to undefined shape '\(reference.target)'",
                             path: "operations.\(reference.owner).\(path(key: reference.key, isMember: reference.isMember))")
        }
    }
}
