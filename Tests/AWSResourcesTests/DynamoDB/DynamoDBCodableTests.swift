import Foundation
import Testing
@testable import AWSResources

/// `DynamoDBEncoder` and `DynamoDBDecoder`: the documented mapping, both ways.
@Suite struct DynamoDBCodableTests {
    enum Role: String, Codable, Sendable { case admin, member }
    enum Level: Int, Codable, Sendable { case low = 1, high = 3 }
    enum Shape: Codable, Sendable, Equatable { case circle(radius: Int), square(side: Int) }

    struct Address: Codable, Sendable, Equatable {
        var city: String
        var zip: Int?
    }

    struct Profile: Codable, Sendable, Equatable {
        var id: String
        var age: Int
        var score: Double
        var ratio: Float
        var balance: Decimal
        var exact: DynamoDBNumber
        var joined: Date
        var avatar: Data
        var homepage: URL
        var role: Role
        var level: Level
        var shape: Shape
        var nickname: String?
        var address: Address
        var history: [Address]
        var tags: Set<String>
        var lucky: Set<Int>
        var labels: DynamoDBSet<String>
        var counts: [String: Int]
        var uuid: UUID
        var flag: Bool
        var big: UInt64
    }

    static let profile = Profile(
        id: "u1", age: 41, score: 0.1, ratio: 0.25, balance: Decimal(string: "1234.5678")!, exact: try! DynamoDBNumber("1.50"),
        joined: Date(timeIntervalSince1970: 1_715_949_296), avatar: Data([1, 2, 3]), homepage: URL(string: "https://example.com/u1")!,
        role: .admin, level: .high, shape: .circle(radius: 2), nickname: nil, address: Address(city: "Oslo", zip: 150),
        history: [Address(city: "Bergen", zip: nil)], tags: ["b", "a"], lucky: [7, 3], labels: ["x"], counts: ["a": 1],
        uuid: UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F")!, flag: true, big: UInt64.max)

    @Test func encodesTheDocumentedMapping() throws {
        let item = try DynamoDBEncoder().encodeItem(Self.profile)
        #expect(item["id"] == "u1")
        #expect(item["age"] == 41)
        #expect(item["score"] == .number(try DynamoDBNumber("0.1")))
        #expect(item["ratio"] == .number(try DynamoDBNumber("0.25")))
        #expect(item["balance"] == .number(try DynamoDBNumber("1234.5678")))
        #expect(item["exact"]?.number?.text == "1.50")
        #expect(item["joined"] == "2024-05-17T12:34:56Z")
        #expect(item["avatar"] == .binary(Data([1, 2, 3])))
        #expect(item["homepage"] == "https://example.com/u1")
        #expect(item["role"] == "admin")
        #expect(item["level"] == 3)
        #expect(item["shape"] == ["circle": ["radius": 2]])
        #expect(item["nickname"] == nil)
        #expect(item["address"] == ["city": "Oslo", "zip": 150])
        #expect(item["history"] == [["city": "Bergen"]])
        #expect(item["tags"] == .stringSet(DynamoDBSet(["a", "b"])))
        #expect(item["tags"]?.stringSet?.elements == ["a", "b"], "sorted")
        #expect(item["lucky"]?.numberSet?.elements == [3, 7])
        #expect(item["labels"] == .stringSet(["x"]))
        #expect(item["counts"] == ["a": 1])
        #expect(item["uuid"] == "E621E1F8-C36C-495A-93FC-0C247A3E6E5F")
        #expect(item["flag"] == true)
        #expect(item["big"]?.number?.text == "18446744073709551615")
    }

    @Test func roundTrips() throws {
        let item = try DynamoDBEncoder().encodeItem(Self.profile)
        #expect(try DynamoDBDecoder().decode(Profile.self, from: item) == Self.profile)
        // Through the wire form too.
        let wire = try DynamoDBTypeSerializer().serialize(DynamoDBValue.map(item))
        let back = try DynamoDBTypeDeserializer().deserialize(wire)
        #expect(try DynamoDBDecoder().decode(Profile.self, from: back) == Self.profile)
    }

    @Test func emptySetsAreLeftOutAndComeBackEmpty() throws {
        var profile = Self.profile
        profile.tags = []
        profile.labels = []
        let item = try DynamoDBEncoder().encodeItem(profile)
        #expect(item["tags"] == nil && item["labels"] == nil)
        #expect(try DynamoDBDecoder().decode(Profile.self, from: item) == profile)
        #expect { try DynamoDBEncoder().encode([Set<String>()]) } throws: { "\($0)".contains("no empty sets") }
    }

    @Test func numbersDecodeOnlyWhenTheTypeHoldsThem() throws {
        struct Counter: Codable { var n: Int }
        struct Measure: Codable { var x: Double }
        struct Exact: Codable { var x: DynamoDBNumber; var d: Decimal }
        #expect { try DynamoDBDecoder().decode(Counter.self, from: ["n": .number(try DynamoDBNumber("1.5"))]) } throws: { "\($0)".contains("not a Int") }
        #expect { try DynamoDBDecoder().decode(Counter.self, from: ["n": .number(try DynamoDBNumber("1E+30"))]) } throws: { _ in true }
        let long: DynamoDBValue = .number(try DynamoDBNumber("0.12345678901234567890123456789012345678"))
        #expect { try DynamoDBDecoder().decode(Measure.self, from: ["x": long]) } throws: { "\($0)".contains("more digits than a Double keeps") }
        let exact = try DynamoDBDecoder().decode(Exact.self, from: ["x": long, "d": long])
        #expect(exact.x.text == "0.12345678901234567890123456789012345678")
        #expect(exact.d == Decimal(string: "0.12345678901234567890123456789012345678"))
        #expect(try DynamoDBDecoder().decode(Counter.self, from: ["n": .number(try DynamoDBNumber("1E+2"))]).n == 100)
    }

    @Test func dateAndKeyStrategies() throws {
        struct Event: Codable, Equatable { var createdAt: Date; var userId: String }
        let event = Event(createdAt: Date(timeIntervalSince1970: 1_715_949_296.25), userId: "u1")
        let strategies: [(DynamoDBEncoder.DateEncodingStrategy, DynamoDBDecoder.DateDecodingStrategy, DynamoDBValue)] = [
            (.iso8601, .iso8601, "2024-05-17T12:34:56.250000Z"),
            (.secondsSince1970, .secondsSince1970, .number(try DynamoDBNumber("1715949296.25"))),
            (.millisecondsSince1970, .millisecondsSince1970, 1_715_949_296_250),
            (.custom { .string("day \(Int($0.timeIntervalSince1970) / 86_400)") },
             .custom { _ in Date(timeIntervalSince1970: 1_715_949_296.25) }, "day 19860"),
        ]
        for (encode, decode, expected) in strategies {
            let encoder = DynamoDBEncoder(dateEncodingStrategy: encode, keyEncodingStrategy: .convertToSnakeCase)
            let item = try encoder.encodeItem(event)
            #expect(item["created_at"] == expected)
            #expect(item["user_id"] == "u1")
            let decoder = DynamoDBDecoder(dateDecodingStrategy: decode, keyDecodingStrategy: .convertFromSnakeCase)
            let back = try decoder.decode(Event.self, from: item)
            #expect(back.userId == "u1")
            #expect(back.createdAt == event.createdAt)
        }
        let custom = DynamoDBEncoder(keyEncodingStrategy: .custom { $0.uppercased() })
        #expect(try custom.encodeItem(event)["USERID"] == "u1")
        #expect(KeyCase.snakeCase("userID") == "user_id" && KeyCase.snakeCase("URLValue") == "url_value" && KeyCase.snakeCase("createdAt") == "created_at")
        #expect(KeyCase.camelCase("created_at") == "createdAt" && KeyCase.camelCase("_id") == "_id")
    }

    @Test func itemsMustBeMaps() {
        #expect { try DynamoDBEncoder().encodeItem([1, 2]) } throws: { "\($0)".contains("encodes as a map") }
    }

    @Test func plainValuesPassThroughBothWays() throws {
        let value: DynamoDBValue = ["n": 1, "s": .stringSet(["a"])]
        #expect(try DynamoDBEncoder().encode(value) == value)
        #expect(try DynamoDBDecoder().decode(DynamoDBValue.self, from: value) == value)
        #expect(try DynamoDBDecoder().decode([String: DynamoDBValue].self, from: value) == ["n": 1, "s": .stringSet(["a"])])
        // Other coders see JSON-like values, numbers exact.
        let json = try JSONEncoder().encode(DynamoDBValue.map(["n": .number(try DynamoDBNumber("1.25"))]))
        #expect(String(decoding: json, as: UTF8.self) == "{\"n\":1.25}")
        #expect(try JSONDecoder().decode(DynamoDBValue.self, from: Data("{\"n\":[1,\"a\",null,true]}".utf8)) == ["n": [1, "a", .null, true]])
    }
}
