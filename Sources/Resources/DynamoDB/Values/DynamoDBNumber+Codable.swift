import Foundation

extension DynamoDBNumber: Codable {
    /// A number from `DynamoDBDecoder`; from other decoders, decimal text or a number (read
    /// through `Decimal`, exact).
    public init(from decoder: any Decoder) throws {
        if let state = decoder as? DynamoDBDecodingState {
            self = try state.number()
            return
        }
        let single = try decoder.singleValueContainer()
        if let text = try? single.decode(String.self) {
            self = try DynamoDBNumber(text)
        } else {
            self = try DynamoDBNumber(try single.decode(Decimal.self))
        }
    }

    /// To `DynamoDBEncoder`, an `N`; to other encoders, a `Decimal` (exact), or the text when the
    /// number is outside `Decimal`'s range.
    public func encode(to encoder: any Encoder) throws {
        if let state = encoder as? DynamoDBEncodingState {
            state.node.content = .value(.number(self))
            return
        }
        var single = encoder.singleValueContainer()
        if let decimal { try single.encode(decimal) } else { try single.encode(text) }
    }
}
