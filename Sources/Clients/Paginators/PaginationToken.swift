import Foundation

/// The service token(s) a request continues from, in botocore's order, and botocore's opaque
/// `StartingToken` / `NextToken` form of them: base64 of `json.dumps` of a map from input token
/// names to values, plus `boto_truncate_amount` when a page was cut short and `boto_encoded_keys`
/// listing the paths of binary values (sent as base64). Tokens made here resume in boto3 and
/// the other way round.
struct PaginationToken: Sendable, Equatable {
    /// One input token and its value; `.null` means "no token" (Python's `None`).
    struct Entry: Sendable, Equatable {
        let name: String
        var value: Document
    }

    static let truncateAmountKey = "boto_truncate_amount"
    static let encodedKeysKey = "boto_encoded_keys"

    private(set) var entries: [Entry]

    init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// No token at all for each input token (the first request's state).
    init(empty names: [String]) {
        entries = names.map { Entry(name: $0, value: .null) }
    }

    /// Whether every value is absent (also true for no entries): the last page was reached.
    var isExhausted: Bool { entries.allSatisfy(\.value.isNull) }

    /// The entry names, in order.
    var names: [String] { entries.map(\.name) }

    /// Sets (or appends) an entry.
    mutating func set(_ name: String, _ value: Document) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
            entries[index].value = value
        } else {
            entries.append(Entry(name: name, value: value))
        }
    }

    /// Writes the tokens into request parameters; absent values (and the string `None`, as
    /// botocore treats it) remove the parameter.
    func inject(into parameters: inout [String: Document]) {
        for entry in entries {
            if entry.value.isNull || entry.value == .string("None") {
                parameters.removeValue(forKey: entry.name)
            } else {
                parameters[entry.name] = entry.value
            }
        }
    }

    // MARK: Opaque form

    /// botocore's `TokenEncoder.encode`.
    func encoded() -> String {
        var blobPaths: [JSONValue] = []
        var object = JSONObject()
        for entry in entries {
            object[entry.name] = Self.json(entry.value, path: [.string(entry.name)], blobPaths: &blobPaths)
        }
        if !blobPaths.isEmpty { object[Self.encodedKeysKey] = .array(blobPaths) }
        return Data(PythonJSON.dumps(.object(object)).utf8).base64EncodedString()
    }

    private static func json(_ document: Document, path: [JSONValue], blobPaths: inout [JSONValue]) -> JSONValue {
        switch document {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .string(let text): return .string(text)
        case .blob(let data):
            blobPaths.append(.array(path))
            return .string(data.base64EncodedString())
        case .timestamp(let date): return .string(TimestampFormat.iso8601.format(date))
        case .list(let elements):
            return .array(elements.enumerated().map { json($0.element, path: path + [.int($0.offset)], blobPaths: &blobPaths) })
        case .map(let entries):
            // Document maps are unordered; sorted keys keep tokens stable.
            var object = JSONObject()
            for key in entries.keys.sorted() {
                object[key] = json(entries[key] ?? .null, path: path + [.string(key)], blobPaths: &blobPaths)
            }
            return .object(object)
        }
    }

    /// Parses a `StartingToken`: botocore's opaque form, else its older `a___b___index` form, else
    /// the raw service token for the first input token (as botocore falls back for any string it
    /// cannot decode). Returns the tokens and how many results of the first page to skip.
    static func decode(_ text: String, inputTokens: [String]) throws(PaginationError) -> (token: PaginationToken, skip: Int) {
        if let decoded = try decodeOpaque(text) { return decoded }
        return try decodeLegacy(text, inputTokens: inputTokens)
    }

    /// `nil` when `text` is not base64 of a JSON object (botocore then tries the legacy form).
    private static func decodeOpaque(_ text: String) throws(PaginationError) -> (token: PaginationToken, skip: Int)? {
        guard let data = lenientBase64(text), let json = String(data: data, encoding: .utf8),
              let value = try? JSONValue.parse(json), case .object(var object) = value else { return nil }
        let encodedKeys = object[encodedKeysKey]
        object[encodedKeysKey] = nil
        var skip = 0
        if let amount = object[truncateAmountKey] {
            guard let number = amount.int else {
                throw PaginationError(.invalidStartingToken, "Bad starting token: \(truncateAmountKey) must be an integer in \(json)")
            }
            skip = number
            object[truncateAmountKey] = nil
        }
        var document = Document.map([:])
        var entries: [Entry] = []
        for (name, member) in object.pairs {
            entries.append(Entry(name: name, value: member.document))
            document[name] = member.document
        }
        if let encodedKeys, !encodedKeys.isNull {
            guard let paths = encodedKeys.array else {
                throw PaginationError(.invalidStartingToken, "Bad starting token: \(encodedKeysKey) must be a list of paths in \(json)")
            }
            for path in paths {
                guard let steps = path.array, !steps.isEmpty,
                      let encoded = Self.value(in: document, at: steps)?.string, let bytes = lenientBase64(encoded),
                      setValue(&document, at: steps[...], to: .blob(bytes)) else {
                    throw PaginationError(.invalidStartingToken, "Bad starting token: the binary value at \(PythonJSON.dumps(path)) cannot be decoded")
                }
            }
            entries = entries.map { Entry(name: $0.name, value: document[$0.name] ?? .null) }
        }
        return (PaginationToken(entries), skip)
    }

    private static func decodeLegacy(_ text: String, inputTokens: [String]) throws(PaginationError) -> (token: PaginationToken, skip: Int) {
        var parts = text.components(separatedBy: "___")
        var skip = 0
        if parts.count == inputTokens.count + 1, let last = parts.last {
            if let index = Int(last) {
                skip = index
                parts.removeLast()
            } else {
                parts = [text]
            }
        }
        guard parts.count <= inputTokens.count else {
            throw PaginationError(.invalidStartingToken, "Bad starting token: \(text). Pass a NextToken returned by this paginator (or by boto3's).")
        }
        var entries: [Entry] = []
        for (index, name) in inputTokens.enumerated() {
            let part = index < parts.count ? parts[index] : "None"
            entries.append(Entry(name: name, value: part == "None" ? .null : .string(part)))
        }
        return (PaginationToken(entries), skip)
    }

    private static func value(in document: Document, at steps: [JSONValue]) -> Document? {
        var current: Document? = document
        for step in steps {
            switch step {
            case .string(let key): current = current?[key]
            case .int(let index): current = current?[index]
            default: return nil
            }
        }
        return current
    }

    private static func setValue(_ document: inout Document, at steps: ArraySlice<JSONValue>, to newValue: Document) -> Bool {
        guard let step = steps.first else {
            document = newValue
            return true
        }
        switch step {
        case .string(let key):
            guard var child = document[key] else { return false }
            guard setValue(&child, at: steps.dropFirst(), to: newValue) else { return false }
            document[key] = child
        case .int(let index):
            guard var child = document[index] else { return false }
            guard setValue(&child, at: steps.dropFirst(), to: newValue) else { return false }
            document[index] = child
        default:
            return false
        }
        return true
    }

    /// Python's `base64.b64decode` without `validate`: characters outside the alphabet are skipped.
    private static func lenientBase64(_ text: String) -> Data? {
        var filtered = ""
        filtered.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "+", "/", "=": filtered.unicodeScalars.append(scalar)
            default: continue
            }
        }
        return Data(base64Encoded: filtered)
    }
}
