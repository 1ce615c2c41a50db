import Foundation
import Testing
@testable import AWSClients

@Suite struct DocumentTests {
    @Test func literalsBuildTheRightCases() {
        let doc: Document = ["Bucket": "b", "MaxKeys": 10, "Ratio": 0.5, "On": true, "List": [1, "x"], "None": nil]
        #expect(doc["Bucket"] == .string("b"))
        #expect(doc["MaxKeys"]?.int == 10)
        #expect(doc["Ratio"]?.double == 0.5)
        #expect(doc["On"]?.bool == true)
        #expect(doc["List"]?[1]?.string == "x")
        #expect(doc["None"]?.isNull == true)
        #expect(doc["Missing"] == nil)
    }

    @Test func subscriptsWrite() {
        var doc: Document = [:]
        doc["A"] = ["B": [1, 2, 3]]
        doc["A"]?["B"]?[1] = 20
        #expect(doc["A"]?["B"] == [1, 20, 3])
        doc["A"]?["B"]?[0] = nil
        #expect(doc["A"]?["B"] == [20, 3])
        doc["A"] = nil
        #expect(doc == [:])
    }
}
