import Foundation
import Testing
@testable import AWSClients

/// Tokens against botocore's `TokenEncoder` / `TokenDecoder` (the expected strings were produced by
/// botocore 1.43.11).
@Suite struct PaginationTokenTests {
    /// The JSON text inside an opaque token.
    static func decodedJSON(_ token: String) -> String? {
        Data(base64Encoded: token).flatMap { String(data: $0, encoding: .utf8) }
    }

    struct Vector: CustomTestStringConvertible, Sendable {
        let name: String
        let entries: [PaginationToken.Entry]
        let botocore: String
        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        Vector(name: "token and truncation", entries: [.init(name: "ContinuationToken", value: "abc"), .init(name: "boto_truncate_amount", value: 500)],
               botocore: "eyJDb250aW51YXRpb25Ub2tlbiI6ICJhYmMiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiA1MDB9"),
        Vector(name: "no token yet", entries: [.init(name: "ContinuationToken", value: .null), .init(name: "boto_truncate_amount", value: 2)],
               botocore: "eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDJ9"),
        Vector(name: "two tokens", entries: [.init(name: "KeyMarker", value: "k1"), .init(name: "VersionIdMarker", value: "v1")],
               botocore: "eyJLZXlNYXJrZXIiOiAiazEiLCAiVmVyc2lvbklkTWFya2VyIjogInYxIn0="),
        Vector(name: "binary in a map token",
               entries: [.init(name: "ExclusiveStartKey", value: ["id": ["B": .blob(Data([0, 1]) + Data("binary".utf8))]]),
                         .init(name: "boto_truncate_amount", value: 1)],
               botocore: "eyJFeGNsdXNpdmVTdGFydEtleSI6IHsiaWQiOiB7IkIiOiAiQUFGaWFXNWhjbms9In19LCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxLCAiYm90b19lbmNvZGVkX2tleXMiOiBbWyJFeGNsdXNpdmVTdGFydEtleSIsICJpZCIsICJCIl1dfQ=="),
        Vector(name: "escapes and non-ASCII", entries: [.init(name: "Marker", value: "caf\u{e9} \u{1F600} \"q\" \\ \n")],
               botocore: "eyJNYXJrZXIiOiAiY2FmXHUwMGU5IFx1ZDgzZFx1ZGUwMCBcInFcIiBcXCBcbiJ9"),
    ]

    @Test(arguments: vectors) func encodesAsBotocore(_ vector: Vector) {
        #expect(PaginationToken(vector.entries).encoded() == vector.botocore, "\(vector.name)")
    }

    @Test(arguments: vectors) func decodesBotocoreTokens(_ vector: Vector) throws {
        let names = vector.entries.map(\.name).filter { $0 != "boto_truncate_amount" }
        let decoded = try PaginationToken.decode(vector.botocore, inputTokens: names)
        #expect(decoded.token.entries == vector.entries.filter { $0.name != "boto_truncate_amount" }, "\(vector.name)")
        let skip = vector.entries.first { $0.name == "boto_truncate_amount" }?.value.int ?? 0
        #expect(decoded.skip == skip, "\(vector.name)")
    }

    @Test func rawServiceTokensPassThroughAsTheFirstInputToken() throws {
        // Not base64 JSON: botocore treats it as an old-style token, i.e. the service's own token.
        let raw = "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="
        let decoded = try PaginationToken.decode(raw, inputTokens: ["ContinuationToken"])
        #expect(decoded.token.entries == [.init(name: "ContinuationToken", value: .string(raw))])
        #expect(decoded.skip == 0)
    }

    @Test func legacyTokensSplitOnTripleUnderscores() throws {
        let two = try PaginationToken.decode("k___v___3", inputTokens: ["KeyMarker", "VersionIdMarker"])
        #expect(two.token.entries == [.init(name: "KeyMarker", value: "k"), .init(name: "VersionIdMarker", value: "v")])
        #expect(two.skip == 3)
        let padded = try PaginationToken.decode("None", inputTokens: ["KeyMarker", "VersionIdMarker"])
        #expect(padded.token.entries == [.init(name: "KeyMarker", value: .null), .init(name: "VersionIdMarker", value: .null)])
        let notAnIndex = try PaginationToken.decode("a___b", inputTokens: ["Marker"])
        #expect(notAnIndex.token.entries == [.init(name: "Marker", value: "a___b")])
        #expect(notAnIndex.skip == 0)
        let error = #expect(throws: PaginationError.self) { try PaginationToken.decode("a___b___c___d", inputTokens: ["Marker"]) }
        #expect(error?.code == .invalidStartingToken)
    }

    @Test func badBinaryPathsAreRejected() {
        // {"T": "x", "boto_encoded_keys": [["Missing"]]}
        let token = Data(#"{"T": "x", "boto_encoded_keys": [["Missing"]]}"#.utf8).base64EncodedString()
        let error = #expect(throws: PaginationError.self) { try PaginationToken.decode(token, inputTokens: ["T"]) }
        #expect(error?.code == .invalidStartingToken)
        let amount = Data(#"{"T": "x", "boto_truncate_amount": "two"}"#.utf8).base64EncodedString()
        #expect(throws: PaginationError.self) { try PaginationToken.decode(amount, inputTokens: ["T"]) }
    }

    @Test func tokensRoundTripWithBinaryValues() throws {
        // Map tokens with binary values (DynamoDB keys) come back as they went in.
        let token = PaginationToken([.init(name: "ExclusiveStartKey", value: ["pk": ["S": "user#1"], "bin": ["B": .blob(Data([255]))]]),
                                     .init(name: "boto_truncate_amount", value: 7)]).encoded()
        let decoded = try PaginationToken.decode(token, inputTokens: ["ExclusiveStartKey"])
        #expect(decoded.skip == 7)
        #expect(decoded.token.entries.first?.value == ["pk": ["S": "user#1"], "bin": ["B": .blob(Data([255]))]])
    }
}
