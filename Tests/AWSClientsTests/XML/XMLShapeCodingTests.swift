import Foundation
import Testing
@testable import AWSClients

@Suite struct XMLShapeCodingTests {
    static let model: ServiceModel = {
        let json = """
            {"metadata": {"protocol": "rest-xml", "apiVersion": "2020-01-01"}, "operations": {},
             "shapes": {
              "Root": {"type": "structure", "locationName": "Root", "xmlNamespace": {"uri": "http://example.com/ns"},
                "members": {
                  "Kind": {"shape": "S", "xmlAttribute": true, "locationName": "kind"},
                  "Name": {"shape": "S"},
                  "Items": {"shape": "L"},
                  "Flat": {"shape": "FL", "locationName": "Flat"},
                  "Tags": {"shape": "M"},
                  "When": {"shape": "T"},
                  "Epoch": {"shape": "T", "timestampFormat": "unixTimestamp"},
                  "Data": {"shape": "B"},
                  "Flag": {"shape": "Bool"},
                  "Ratio": {"shape": "D"},
                  "Count": {"shape": "I"},
                  "Empty": {"shape": "S"},
                  "Nested": {"shape": "N"},
                  "FlatMap": {"shape": "FM"},
                  "Type": {"shape": "S", "xmlAttribute": true, "locationName": "xsi:type"}
                }},
              "N": {"type": "structure", "members": {"V": {"shape": "S", "locationName": "v"}},
                    "xmlNamespace": {"uri": "http://x", "prefix": "p"}},
              "S": {"type": "string"},
              "L": {"type": "list", "member": {"shape": "S", "locationName": "Item"}},
              "FL": {"type": "list", "member": {"shape": "S"}, "flattened": true},
              "M": {"type": "map", "key": {"shape": "S", "locationName": "K"}, "value": {"shape": "S"}},
              "FM": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "I"}, "flattened": true},
              "T": {"type": "timestamp"}, "B": {"type": "blob"}, "Bool": {"type": "boolean"},
              "D": {"type": "double"}, "I": {"type": "integer"}
             }}
            """
        do {
            return try ServiceModel(json: Data(json.utf8), serviceName: "test")
        } catch {
            preconditionFailure("the test model does not load: \(error)")
        }
    }()

    var root: Shape {
        get throws { try #require(Self.model.shape(named: "Root")) }
    }

    /// Byte for byte what botocore 1.43's RestXMLSerializer writes for the same input.
    @Test func encodesLikeBotocore() throws {
        let params: Document = [
            "Kind": "a\"b", "Name": "x<y&z>", "Items": ["1", "2"], "Flat": ["f1", "f2"], "Tags": ["b": "B", "a": "A"],
            "When": .timestamp(Date(timeIntervalSince1970: 1_422_172_800.5)), "Epoch": 1_422_172_800, "Data": .blob(Data("hi".utf8)),
            "Flag": false, "Ratio": 1.5, "Count": 3, "Empty": "", "Nested": ["V": "v"],
        ]
        let body = try XMLShapeEncoding.encode(params, shape: try root, rootName: "Root")
        let expected = """
            <Root xmlns="http://example.com/ns" kind="a&quot;b"><Name>x&lt;y&amp;z&gt;</Name><Items><Item>1</Item><Item>2</Item></Items>\
            <Flat>f1</Flat><Flat>f2</Flat><Tags><entry><K>a</K><value>A</value></entry><entry><K>b</K><value>B</value></entry></Tags>\
            <When>2015-01-25T08:00:00.500000Z</When><Epoch>1422172800</Epoch><Data>aGk=</Data><Flag>false</Flag><Ratio>1.5</Ratio>\
            <Count>3</Count><Empty /><Nested xmlns:p="http://x"><v>v</v></Nested></Root>
            """
        #expect(String(decoding: body, as: UTF8.self) == expected)
    }

    @Test func rejectsWrongTypesAndUnknownMembers() throws {
        #expect(throws: ProtocolError.self) { try XMLShapeEncoding.encode(["Flag": "yes"], shape: try root, rootName: "Root") }
        #expect(throws: ProtocolError.self) { try XMLShapeEncoding.encode(["Nope": 1], shape: try root, rootName: "Root") }
        #expect(throws: ProtocolError.self) { try XMLShapeEncoding.encode(["Items": "x"], shape: try root, rootName: "Root") }
    }

    @Test func decodesEveryKindOfMember() throws {
        let xml = """
            <Root xmlns="http://example.com/ns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" kind="k" xsi:type="T">
              <Name>x&lt;y</Name>
              <Items><Item>1</Item><Item>2</Item></Items>
              <Flat>f1</Flat><Unrelated/><Flat>f2</Flat>
              <Tags><entry><K>a</K><value>A</value></entry><entry><K>b</K><value></value></entry></Tags>
              <When>2015-01-25T08:00:00.5Z</When>
              <Epoch>1422172800</Epoch>
              <Data>aGk=</Data>
              <Flag>true</Flag>
              <Ratio>-Infinity</Ratio>
              <Count> 42 </Count>
              <Empty/>
              <Nested><v>v</v></Nested>
              <FlatMap><key>one</key><value>1</value></FlatMap>
              <FlatMap><key>two</key><value>2</value></FlatMap>
            </Root>
            """
        let decoded = try XMLShapeDecoding.decode(try XMLReader.parse(xml), shape: try root)
        let expected: Document = [
            "Kind": "k", "Type": "T", "Name": "x<y", "Items": ["1", "2"], "Flat": ["f1", "f2"], "Tags": ["a": "A", "b": ""],
            "When": .timestamp(Date(timeIntervalSince1970: 1_422_172_800.5)), "Epoch": .timestamp(Date(timeIntervalSince1970: 1_422_172_800)),
            "Data": .blob(Data("hi".utf8)), "Flag": true, "Ratio": .double(-.infinity), "Count": 42, "Empty": "",
            "Nested": ["V": "v"], "FlatMap": ["one": 1, "two": 2],
        ]
        #expect(decoded == expected)
    }

    @Test func roundTripsThroughTheWriterAndReader() throws {
        let params: Document = ["Name": "a & b", "Items": ["x"], "Tags": ["k": "v"], "Count": 7, "Flag": true, "Kind": "q"]
        let body = try XMLShapeEncoding.encode(params, shape: try root, rootName: "Root")
        let decoded = try XMLShapeDecoding.decode(try XMLReader.parse(body), shape: try root)
        #expect(decoded == params)
    }

    @Test func malformedScalarsThrow() throws {
        #expect(throws: ProtocolError.self) {
            try XMLShapeDecoding.decode(try XMLReader.parse("<Root><Count>many</Count></Root>"), shape: try root)
        }
        #expect(throws: ProtocolError.self) {
            try XMLShapeDecoding.decode(try XMLReader.parse("<Root><When>yesterday</When></Root>"), shape: try root)
        }
    }

    @Test func writerEscapesLikeElementTree() {
        let element = XMLTree.Element(name: "a", attributes: [("x", "a&b<c>\"d'\n\r\t")], children: [XMLTree.Element(name: "b")],
                                      text: "t&<>\"'")
        #expect(XMLWriter.string(element) == "<a x=\"a&amp;b&lt;c&gt;&quot;d'&#10;&#13;&#09;\">t&amp;&lt;&gt;\"'<b /></a>")
    }
}
