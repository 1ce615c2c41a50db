import Foundation
import Testing
@testable import AWSClients

/// The skimmer accepts exactly the text the reader accepts, and finds the members where the reader does.
struct JSONSkimmerTests {
    static let texts = [
        #"{}"#, #"[]"#, #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#, #"  {"a" : -0.5e+10 }  "#,
        #""plain""#, #""esc\"aped\\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00""#, #"[1,2,3]"#, "123", "-0", "0.0",
        #"{"a":1,}"#, #"{"a":1 "b":2}"#, #"{,"a":1}"#, #"[1,,2]"#, #"[1 2]"#, #"[1,]"#, #"{"a"}"#, #"{"a":}"#,
        #"{1:2}"#, #""unterminated"#, "\"tab\there\"", #""bad \x escape""#, #""\u12G4""#, #""\u12""#,
        "01", "1.", ".5", "1e", "-", "+1", "tru", "nul", "[", "{", "}", "", "   ", #"{"a":1}}"#, #"[[]]]"#,
        String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
    ]

    @Test(arguments: texts)
    func acceptsWhatTheReaderAccepts(text: String) {
        let readerAccepts = (try? JSONValue.parse(text)) != nil
        let bytes = Array(text.utf8)
        let skimmerAccepts = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var skimmer = JSONSkimmer(bytes: buffer)
            guard (try? skimmer.skipValue()) != nil else { return false }
            skimmer.skipWhitespace()
            return skimmer.index == buffer.count
        }
        #expect(skimmerAccepts == readerAccepts, "\(text.prefix(60))")
    }

    @Test func findsEachMemberAndItsValue() throws {
        let text = #"{"first": {"x": [1, {"y": "}"}]}, "sec\"ond": "v", "third": 3.5}"#
        let bytes = Array(text.utf8)
        let members: [(String, JSONValue)] = try bytes.withUnsafeBufferPointer { buffer in
            var skimmer = JSONSkimmer(bytes: buffer)
            var cursor = try skimmer.enterObject()
            var found: [(String, JSONValue)] = []
            while let key = try skimmer.nextKey(&cursor) {
                let range = try skimmer.skipValue()
                found.append((try skimmer.string(key), try JSONReader.parse(UnsafeBufferPointer(rebasing: buffer[range]))))
            }
            return found
        }
        let parsed = try #require(try JSONValue.parse(text).object)
        #expect(members.map(\.0) == ["first", "sec\"ond", "third"])
        for (key, value) in members { #expect(parsed[key] == value, "\(key)") }
    }
}
