import Foundation
import Testing
@testable import AWSResources

/// `DynamoDBTypeSerializer` and `DynamoDBTypeDeserializer` against boto3's `TypeSerializer` and
/// `TypeDeserializer` (the differential test compares whole requests byte for byte).
@Suite struct DynamoDBTypeSerializerTests {
    let serializer = DynamoDBTypeSerializer()
    let deserializer = DynamoDBTypeDeserializer()

    @Test func designExample() throws {
        let wire = try DynamoDBTypeSerializer().serialize(["n": 1])
        #expect(wire == ["M": ["n": ["N": "1"]]])
        let back = try DynamoDBTypeDeserializer().deserialize(wire)
        #expect(back == ["n": 1])
    }

    @Test func everyTypeSerializesAsBoto3() throws {
        #expect(try serializer.serialize("a") == ["S": "a"])
        #expect(try serializer.serialize(30) == ["N": "30"])
        #expect(try serializer.serialize(-7 as Int64) == ["N": "-7"])
        #expect(try serializer.serialize(Data([1, 2])) == ["B": .blob(Data([1, 2]))])
        #expect(try serializer.serialize(true) == ["BOOL": true])
        #expect(try serializer.serialize(Optional<String>.none) == ["NULL": true])
        #expect(try serializer.serialize(DynamoDBValue.null) == ["NULL": true])
        #expect(try serializer.serialize(DynamoDBSet(["b", "a", "b"])) == ["SS": ["b", "a"]])
        #expect(try serializer.serialize(DynamoDBSet([3, 1])) == ["NS": ["3", "1"]])
        #expect(try serializer.serialize(DynamoDBSet([Data([1]), Data([2])])) == ["BS": [.blob(Data([1])), .blob(Data([2]))]])
        #expect(try serializer.serialize([1, "x", [true]]) == ["L": [["N": "1"], ["S": "x"], ["L": [["BOOL": true]]]]])
        #expect(try serializer.serialize(["a": ["b": nil as String?]]) == ["M": ["a": ["M": ["b": ["NULL": true]]]]])
        #expect(try serializer.serialize(Decimal(string: "0.1")!) == ["N": "0.1"])
        #expect(try serializer.serialize(0.5) == ["N": "0.5"])
    }

    @Test func mixedItemLiteralSerializes() throws {
        let wire = try serializer.serialize(["id": "u1", "age": 30, "tags": DynamoDBSet(["a", "b"]), "blob": Data([1]),
                                             "address": ["city": "Oslo", "zip": 150], "scores": [1, "two"], "none": nil as Int?])
        #expect(wire == ["M": [
            "id": ["S": "u1"], "age": ["N": "30"], "tags": ["SS": ["a", "b"]], "blob": ["B": .blob(Data([1]))],
            "address": ["M": ["city": ["S": "Oslo"], "zip": ["N": "150"]]], "scores": ["L": [["N": "1"], ["S": "two"]]],
            "none": ["NULL": true],
        ]])
    }

    @Test func emptySetsAndInexactNumbersAreRefused() {
        #expect { try serializer.serialize(["tags": DynamoDBSet<String>()]) } throws: {
            ($0 as? DynamoDBTypeError)?.code == .emptySet && "\($0)".contains("tags")
        }
        #expect { try serializer.serialize(DynamoDBValue.numberSet([])) } throws: { ($0 as? DynamoDBTypeError)?.code == .emptySet }
        #expect { try serializer.serialize(["price": 0.1]) } throws: { ($0 as? DynamoDBTypeError)?.code == .inexact }
        #expect { try serializer.serialize(Double.infinity) } throws: { ($0 as? DynamoDBTypeError)?.code == .infinityOrNaN }
        #expect { try serializer.serialize(DynamoDBSet([0.1])) } throws: { ($0 as? DynamoDBTypeError)?.code == .inexact }
    }

    @Test func everyWireTypeDeserializes() throws {
        #expect(try deserializer.deserialize(["S": "a"]) == "a")
        #expect(try deserializer.deserialize(["N": "1.50"]) == .number(try DynamoDBNumber("1.50")))
        #expect(try deserializer.deserialize(["B": .blob(Data([9]))]) == .binary(Data([9])))
        #expect(try deserializer.deserialize(["B": "AQI="]) == .binary(Data([1, 2])))
        #expect(try deserializer.deserialize(["BOOL": false]) == false)
        #expect(try deserializer.deserialize(["NULL": true]) == .null)
        #expect(try deserializer.deserialize(["SS": ["a", "b"]]) == .stringSet(["a", "b"]))
        #expect(try deserializer.deserialize(["NS": ["1", "2.5"]]) == .numberSet([1, try DynamoDBNumber("2.5")]))
        #expect(try deserializer.deserialize(["BS": [.blob(Data([1]))]]) == .binarySet([Data([1])]))
        #expect(try deserializer.deserialize(["L": [["S": "x"], ["N": "2"]]]) == ["x", 2])
        #expect(try deserializer.deserialize(["M": ["k": ["L": []]]]) == ["k": []])
    }

    @Test func invalidWireValuesSayWhatIsWrong() {
        #expect { try deserializer.deserialize([:]) } throws: { "\($0)".hasPrefix("Value must be a nonempty dictionary whose key is a valid dynamodb type") }
        #expect { try deserializer.deserialize("S") } throws: { ($0 as? DynamoDBTypeError)?.code == .invalidAttributeValue }
        #expect { try deserializer.deserialize(["X": "a"]) } throws: { "\($0)" == "Dynamodb type X is not supported." }
        #expect { try deserializer.deserialize(["N": 5]) } throws: { ($0 as? DynamoDBTypeError)?.code == .invalidAttributeValue }
        #expect { try deserializer.deserialize(["S": "a", "N": "1"]) } throws: { ($0 as? DynamoDBTypeError)?.code == .invalidAttributeValue }
    }

    @Test func setsKeepTheirOrderAndCompareAsSets() throws {
        let set = DynamoDBSet(["b", "a", "b", "c"])
        #expect(set.elements == ["b", "a", "c"])
        #expect(set == DynamoDBSet(["c", "b", "a"]))
        #expect(set.hashValue == DynamoDBSet(["a", "c", "b"]).hashValue)
        #expect(DynamoDBValue.stringSet(set).description == "SS[\"b\", \"a\", \"c\"]")
        var growing: DynamoDBSet<DynamoDBNumber> = [1, 2]
        let addedTwo = growing.insert(try DynamoDBNumber("2.0"))
        let addedThree = growing.insert(3)
        #expect(!addedTwo && addedThree)
        #expect(growing.count == 3)
    }

    @Test func valuesReadWithAccessors() throws {
        let item: DynamoDBValue = ["id": "u1", "age": 30, "ok": true, "list": [1, "a"], "none": nil]
        #expect(item["id"]?.string == "u1")
        #expect(item["age"]?.int == 30)
        #expect(item["age"]?.number == 30)
        #expect(item["age"]?.double == 30)
        #expect(item["ok"]?.bool == true)
        #expect(item["list"]?[1]?.string == "a")
        #expect(item["none"]?.isNull == true)
        #expect(item["missing"] == nil)
        #expect(item.description == "{\"age\": 30, \"id\": \"u1\", \"list\": [1, \"a\"], \"none\": null, \"ok\": true}")
        #expect(try DynamoDBValue(list: ["a", "b"]) == ["a", "b"])
        #expect(try DynamoDBValue(map: ["x": 1]) == ["x": 1])
    }

    @Test func documentsConvertWithTheSameRules() throws {
        #expect(try Document.map(["a": 1, "b": 2.5, "c": .blob(Data([1])), "d": [true, nil]]).dynamoDBValue()
            == ["a": 1, "b": .number(try DynamoDBNumber("2.5")), "c": .binary(Data([1])), "d": [true, nil]])
        #expect { try Document.double(0.1).dynamoDBValue() } throws: { ($0 as? DynamoDBTypeError)?.code == .inexact }
        #expect { try Document.timestamp(Date()).dynamoDBValue() } throws: { ($0 as? DynamoDBTypeError)?.code == .unsupportedType }
    }
}
