import Foundation
import Testing
@testable import AWSClients

@Suite struct DocumentTests {
    @Test func literalsBuildTheRightCases() {
        let doc: Document = ["Bucket": "b", "MaxKeys": 10, "Ratio": 0.5, "On": true, "List": [1, "x"], "None": nil]
        #expect(doc["Bucket"] == .string("b"))
        #expect(doc["MaxKeys"] == .int(10))
        #expect(doc["Ratio"] == .double(0.5))
        #expect(doc["On"] == .bool(true))
        #expect(doc["List"] == .list([.int(1), .string("x")]))
        #expect(doc["None"] == .null)
        #expect(doc["Missing"] == nil)
    }

    @Test func typedAccessorsReturnNilForOtherCases() {
        let doc: Document = "text"
        #expect(doc.string == "text")
        #expect(doc.int == nil && doc.double == nil && doc.bool == nil && doc.date == nil)
        #expect(doc.data == nil && doc.array == nil && doc.dictionary == nil)
        #expect(Document.int(3).double == 3.0)
        #expect(Document.double(3.0).int == 3)
        #expect(Document.double(3.5).int == nil)
        #expect(Document.double(1e300).int == nil)
        let date = Date(timeIntervalSince1970: 1_440_938_160)
        #expect(Document.timestamp(date).date == date)
        #expect(Document.blob(Data([1, 2])).data == Data([1, 2]))
    }

    @Test func keySubscriptWritesNestedValues() {
        var doc: Document = [:]
        doc["A"] = ["B": [1, 2, 3]]
        doc["A"]?["B"]?[1] = 20
        #expect(doc["A"]?["B"] == [1, 20, 3])
        doc["A"]?["B"]?[0] = nil
        #expect(doc["A"]?["B"] == [20, 3])
        doc["A"]?["C"] = "new"
        #expect(doc["A"]?["C"]?.string == "new")
        doc["A"] = nil
        #expect(doc == [:])
    }

    @Test func keySubscriptTurnsAScalarIntoAMap() {
        var doc: Document = 5
        doc["K"] = "v"
        #expect(doc == ["K": "v"])
    }

    @Test func indexSubscriptOutOfRangeReadsNilAndIgnoresWrites() {
        var doc: Document = [1, 2]
        #expect(doc[5] == nil)
        #expect(doc[-1] == nil)
        doc[5] = 9
        #expect(doc == [1, 2])
        #expect(Document.string("x")[0] == nil)
    }

    @Test func equalityAndHashingIgnoreMapOrder() {
        let a: Document = ["x": 1, "y": [true, nil]]
        let b: Document = ["y": [true, nil], "x": 1]
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(Document.int(1) != Document.double(1))
    }

    @Test func plainSwiftValuesConvert() {
        let values: [String: Int] = ["a": 1]
        #expect(Document(values) == ["a": 1])
        #expect(Document(["x", "y"]) == ["x", "y"])
        #expect(Document(Optional<String>.none) == .null)
        #expect(Document(Data("hi".utf8)) == .blob(Data("hi".utf8)))
        #expect(Document(Float(0.5)) == .double(0.5))
        #expect(Document(Int64(7)) == .int(7))
    }

    @Test func descriptionIsReadableAndStable() {
        let doc: Document = ["b": [1, 2.5, "s\"q"], "a": nil, "t": .timestamp(Date(timeIntervalSince1970: 0)), "d": .blob(Data(count: 3)), "f": false]
        #expect(doc.description == #"{"a": null, "b": [1, 2.5, "s\"q"], "d": <3 bytes>, "f": false, "t": 1970-01-01T00:00:00Z}"#)
    }

    struct Owner: Codable, Equatable {
        let DisplayName: String
        let ID: String
        let Created: Date
        let Size: Int64
        let Ratio: Double?
        let Tags: [String]
        let Raw: Data
    }

    @Test func codableRoundTrip() throws {
        let owner = Owner(DisplayName: "me", ID: "123", Created: Date(timeIntervalSince1970: 1_000),
                          Size: 42, Ratio: nil, Tags: ["a", "b"], Raw: Data([0, 255]))
        let doc = try Document(encoding: owner)
        #expect(doc["DisplayName"] == "me")
        #expect(doc["Created"] == .timestamp(Date(timeIntervalSince1970: 1_000)))
        #expect(doc["Ratio"] == nil)
        #expect(doc["Raw"] == .blob(Data([0, 255])))
        #expect(doc["Tags"] == ["a", "b"])
        #expect(try doc.decode(Owner.self) == owner)
    }

    @Test func decodingAcceptsWireFormsOfDatesAndData() throws {
        let doc: Document = ["DisplayName": "x", "ID": "1", "Created": "1970-01-01T00:16:40Z", "Size": 2.0,
                             "Tags": [], "Raw": "AP8="]
        let owner = try doc.decode(Owner.self)
        #expect(owner.Created == Date(timeIntervalSince1970: 1_000))
        #expect(owner.Size == 2)
        #expect(owner.Raw == Data([0, 255]))
    }

    @Test func decodingErrorsNameThePath() {
        let doc: Document = ["DisplayName": 5, "ID": "1", "Created": 0, "Size": 1, "Tags": [], "Raw": ""]
        #expect {
            _ = try doc.decode(Owner.self)
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["DisplayName"]
        }
        #expect(throws: DecodingError.self) { _ = try Document.list([]).decode(Owner.self) }
        #expect(throws: DecodingError.self) { _ = try Document.double(1.5).decode(Int.self) }
    }

    @Test func documentIsItselfCodableThroughJSON() throws {
        let doc: Document = ["a": [1, 2.5, "x", true, nil], "b": ["c": "d"]]
        let json = try JSONEncoder().encode(doc)
        let back = try JSONDecoder().decode(Document.self, from: json)
        #expect(back == doc)
    }

    @Test func jsonReaderKeepsOrderAndTypes() throws {
        let value = try JSONValue.parse(#"{"z": 1, "a": [1.5, -2, 1e3, "\u00e9\ud83d\ude00", true, null], "m": {}}"#)
        #expect(value.object?.keys == ["z", "a", "m"])
        #expect(value["a"]?.array?[0] == .double(1.5))
        #expect(value["a"]?.array?[1] == .int(-2))
        #expect(value["a"]?.array?[2] == .double(1000))
        #expect(value["a"]?.array?[3] == .string("é😀"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "\"\\x\"", "tru", "[1] 2", "\"a\u{01}\"", String(repeating: "[", count: 600)])
    func jsonReaderRejectsMalformedInput(_ text: String) {
        #expect(throws: JSONParseError.self) { _ = try JSONValue.parse(text) }
    }

    @Test func jsonWriterEscapesAndFormatsLikePython() {
        var out = ""
        JSONWriter.appendQuoted("a\"b\\c\n\u{01}é", to: &out)
        #expect(out == #""a\"b\\c\n\u0001é""#)
        #expect(JSONWriter.format(double: 1.5) == "1.5")
        #expect(JSONWriter.format(double: 1e-5) == "1e-05")
        #expect(JSONWriter.format(double: 1.0) == "1.0")
        #expect(JSONWriter.format(double: .nan) == "NaN")
        #expect(JSONWriter.format(double: -.infinity) == "-Infinity")
    }
}
