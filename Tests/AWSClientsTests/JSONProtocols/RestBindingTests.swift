import Foundation
import Testing
@testable import AWSClients

/// The REST binding's URI, query string and header rules, beyond what the suites cover.
@Suite struct RestBindingTests {
    static let model: String = """
    {"metadata": {"protocol": "rest-json", "apiVersion": "2020-01-01", "endpointPrefix": "t"},
     "operations": {
       "Put": {"name": "Put", "http": {"method": "PUT", "requestUri": "/b/{Bucket}/{Key+}?tagging"},
               "input": {"shape": "PutInput"}, "output": {"shape": "PutOutput"}},
       "Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/b/{Bucket}"}, "input": {"shape": "GetInput"}}
     },
     "shapes": {
       "PutInput": {"type": "structure", "members": {
         "Bucket": {"shape": "S", "location": "uri", "locationName": "Bucket"},
         "Key": {"shape": "S", "location": "uri", "locationName": "Key"},
         "Tags": {"shape": "SL", "location": "header", "locationName": "X-Tags"},
         "Dates": {"shape": "TL", "location": "header", "locationName": "X-Dates"},
         "Meta": {"shape": "M", "location": "headers", "locationName": "x-meta-"},
         "Doc": {"shape": "S", "location": "header", "locationName": "X-Doc", "jsonvalue": true},
         "Filter": {"shape": "S", "location": "querystring", "locationName": "filter"},
         "Extra": {"shape": "QM", "location": "querystring"},
         "Body": {"shape": "S"}
       }},
       "PutOutput": {"type": "structure", "members": {
         "Tags": {"shape": "SL", "location": "header", "locationName": "X-Tags"},
         "Dates": {"shape": "TL", "location": "header", "locationName": "X-Dates"},
         "Meta": {"shape": "M", "location": "headers", "locationName": "x-meta-"},
         "Doc": {"shape": "S", "location": "header", "locationName": "X-Doc", "jsonvalue": true},
         "Status": {"shape": "I", "location": "statusCode"},
         "Body": {"shape": "S"}
       }},
       "GetInput": {"type": "structure", "members": {"Bucket": {"shape": "S", "location": "uri", "locationName": "Bucket"}}},
       "S": {"type": "string"},
       "I": {"type": "integer"},
       "T": {"type": "timestamp"},
       "SL": {"type": "list", "member": {"shape": "S"}},
       "TL": {"type": "list", "member": {"shape": "T"}},
       "M": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "S"}},
       "QM": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "SL"}}
     }}
    """

    static func operation(_ name: String) throws -> OperationModel {
        try ServiceModel(json: Data(model.utf8)).operation(name)
    }

    @Test func labelsAreEncodedAndGreedyLabelsKeepSlashes() throws {
        let request = try RestJSONProtocol().serialize(["Bucket": "a b/c", "Key": "dir/x y~"], operation: Self.operation("Put"))
        #expect(request.method == "PUT")
        #expect(request.path == "/b/a%20b%2Fc/dir/x%20y~?tagging")
    }

    @Test func missingLabelThrows() throws {
        #expect(throws: ProtocolError.self) { try RestJSONProtocol().serialize(["Key": "k"], operation: Self.operation("Put")) }
    }

    @Test func unknownParameterThrowsWithSuggestion() throws {
        do {
            _ = try RestJSONProtocol().serialize(["Buckett": "b"], operation: Self.operation("Get"))
            Issue.record("an unknown parameter was accepted")
        } catch let error as ProtocolError {
            #expect(error.message.contains("Buckett"))
            #expect(error.message.contains("Bucket"))
        }
    }

    @Test func headerListsQuoteElementsWithCommasOrQuotes() throws {
        let request = try RestJSONProtocol().serialize(
            ["Bucket": "b", "Key": "k", "Tags": ["a", "b,c", "say \"hi\""], "Dates": [.timestamp(Date(timeIntervalSince1970: 1_576_540_098))]],
            operation: Self.operation("Put"))
        #expect(request.headers["X-Tags"] == #"a,"b,c","say \"hi\"""#, "joined with a comma and no space, as botocore 1.43 joins them")
        #expect(request.headers["X-Dates"] == "Mon, 16 Dec 2019 23:48:18 GMT")
    }

    @Test func emptyHeaderListsAreLeftOut() throws {
        let request = try RestJSONProtocol().serialize(["Bucket": "b", "Key": "k", "Tags": []], operation: Self.operation("Put"))
        #expect(!request.headers.contains("X-Tags"))
    }

    @Test func headerMapsJSONValuesAndBody() throws {
        let request = try RestJSONProtocol().serialize(
            ["Bucket": "b", "Key": "k", "Meta": ["color": "red"], "Doc": ["a": [1, true]], "Body": "hi"],
            operation: Self.operation("Put"))
        #expect(request.headers["x-meta-color"] == "red")
        #expect(request.headers["X-Doc"] == Data(#"{"a":[1,true]}"#.utf8).base64EncodedString())
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"Body":"hi"}"#)
        #expect(request.headers["Content-Type"] == "application/json")
    }

    @Test func explicitQueryMembersWinOverQueryMaps() throws {
        let request = try RestJSONProtocol().serialize(
            ["Bucket": "b", "Key": "k", "Filter": "x", "Extra": ["filter": ["y"], "z": ["1", "2"]]],
            operation: Self.operation("Put"))
        #expect(request.uri == "/b/b/k?tagging&filter=x&z=1&z=2")
    }

    @Test func responseHeadersAreTypedAndSplit() throws {
        let headers = HTTPHeaders([
            ("X-Tags", #"a, "b,c", "say \"hi\"""#),
            ("X-Dates", "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT"),
            ("X-Meta-Color", "red"),
            ("X-Doc", Data(#"{"a":1}"#.utf8).base64EncodedString()),
        ])
        let parsed = try RestJSONProtocol().parse(ProtocolResponse(statusCode: 201, headers: headers, body: Data(#"{"Body":"b","Other":1}"#.utf8)),
                                                  operation: Self.operation("Put"))
        #expect(parsed["Tags"] == ["a", "b,c", "say \"hi\""])
        #expect(parsed["Dates"] == [.timestamp(Date(timeIntervalSince1970: 1_576_540_098)), .timestamp(Date(timeIntervalSince1970: 1_576_626_498))])
        #expect(parsed["Meta"] == ["Color": "red"])
        #expect(parsed["Doc"] == ["a": 1])
        #expect(parsed["Status"] == 201)
        #expect(parsed["Body"] == "b")
        #expect(parsed["Other"] == nil)
    }

    @Test func uriTemplateExpansion() throws {
        let path = try RestURITemplate.expand("/{A}/x/{B+}", labels: ["A": "ä?", "B": "p/q r"], operation: "Op")
        #expect(path == "/%C3%A4%3F/x/p/q%20r")
    }

    @Test(arguments: [
        ("a, b ,c", ["a", "b", "c"]),
        (#""b,c", "\"def\"", a"#, ["b,c", "\"def\"", "a"]),
        ("", [""]),
        (#"" spaced ",x"#, [" spaced ", "x"]),
    ])
    func listHeaderSplitting(text: String, expected: [String]) {
        #expect(RestHeaderParsing.splitList(text) == expected)
    }

    @Test func httpDateListSplitting() {
        #expect(RestHeaderParsing.splitHTTPDates("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT")
                == ["Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT"])
    }

    @Test func listElementQuoting() {
        #expect(RestValueText.quoteListElement("plain") == "plain")
        #expect(RestValueText.quoteListElement("a,b") == #""a,b""#)
        #expect(RestValueText.quoteListElement(#"x"y"#) == #""x\"y""#)
    }
}
