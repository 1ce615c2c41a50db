import Foundation

/// A query-protocol request body (`Action=CopySnapshot&Version=...`) as ordered name/value pairs,
/// for customizations that add or remove parameters after serialization, as botocore's
/// `before-call` handlers edit the serialized body dictionary: new parameters go at the end.
struct FormBody {
    /// The parameters in body order, decoded.
    var pairs: [(key: String, value: String)]

    /// A body of these parameters.
    init(pairs: [(key: String, value: String)]) {
        self.pairs = pairs
    }

    /// The pairs of a form-encoded body.
    init(_ data: Data) {
        pairs = String(decoding: data, as: UTF8.self).split(separator: "&", omittingEmptySubsequences: true).map { piece in
            let (name, value) = piece.firstIndex(of: "=").map { (piece[..<$0], piece[piece.index(after: $0)...]) } ?? (piece, "")
            return (PercentEncoding.decode(String(name), plusAsSpace: true), PercentEncoding.decode(String(value), plusAsSpace: true))
        }
    }

    /// The value of parameter `name`, if present.
    subscript(name: String) -> String? {
        get { pairs.first(where: { $0.key == name })?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.key == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }

    /// The body bytes, encoded as the query serializer encodes them.
    var data: Data { QuerySerializer.formEncode(pairs) }
}
