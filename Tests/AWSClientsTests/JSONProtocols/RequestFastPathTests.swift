import Foundation
import Testing
@testable import AWSClients

/// The request side's fast paths give the same bytes and the same validation problems as the
/// straightforward forms they replace.
@Suite struct RequestFastPathTests {
    static let tricky: [String] = [
        "", "plain", "a\"b\\c\n\r\t\u{08}\u{0C}", "\u{00}\u{01}\u{1F}\u{7F}", "é ü ß", "日本語 🎉", "a/b~c-d.e_f",
        "x y+z?&=#%", String(repeating: "long text ", count: 20) + "\u{1B}",
    ]

    @Test(arguments: tricky)
    func byteJSONStringsMatchTheStringWriter(_ text: String) {
        var string = ""
        JSONWriter.appendQuoted(text, to: &string)
        var bytes: [UInt8] = []
        JSONWriter.appendQuoted(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == string, "\(text.debugDescription)")
    }

    @Test func byteJSONDocumentsMatchTheStringWriter() {
        let document: Document = [
            "ints": [0, 7, 10, -5, 1234567890, .int(Int.max), .int(Int.min)],
            "doubles": [1.5, 1e-5, 1.0, 1e16, -0.25],
            "text": .string("q\"\n"), "flag": true, "off": false, "none": .null,
            "blob": .blob(Data([0, 1, 2, 250])), "when": .timestamp(Date(timeIntervalSince1970: 1.5)),
            "nested": ["b": ["x": 1], "a": []],
        ]
        var bytes: [UInt8] = []
        JSONWriter.write(document, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.string(document))
    }

    /// `urllib.parse.quote` as a reference: every byte but unreserved and safe ones as `%XX`.
    static func referenceEncode(_ text: String, safe: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let unreserved = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || [0x2D, 0x2E, 0x5F, 0x7E].contains(byte)
            if unreserved || safe.utf8.contains(byte) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    @Test(arguments: tricky)
    func percentEncodingMatchesTheReference(_ text: String) {
        for safe in ["", "/", "/~", "=&"] {
            #expect(PercentEncoding.encode(text, safe: safe) == Self.referenceEncode(text, safe: safe), "\(text.debugDescription) safe \(safe)")
        }
    }

    @Test func uriTemplatesEncodeEveryLabelAndKeepTheRest() throws {
        let labels: [(name: String, value: String)] = [("A", "first"), ("B", "x/y z"), ("A", "ä/b"), ("E", "")]
        #expect(try RestURITemplate.expand("/{A}/{B+}/{B}/{E}?q={", labels: labels, operation: "Op")
                == "/%C3%A4%2Fb/x/y%20z/x%2Fy%20z/?q={")
        #expect(try RestURITemplate.expand("/plain/path", labels: [], operation: "Op") == "/plain/path")
        #expect(try RestURITemplate.expand("/{A}{B}", labels: labels, operation: "Op") == "/%C3%A4%2Fbx%2Fy%20z")
        do {
            _ = try RestURITemplate.expand("/{Bucket}/{Key+}", labels: [("Bucket", "b")], operation: "PutObject")
            Issue.record("a missing label must throw")
        } catch let error as ProtocolError {
            #expect(error.message == "PutObject needs the URI parameter Key for its path /{Bucket}/{Key+}; pass it")
        }
    }

    private func problems(_ service: String, _ params: Document, _ operation: String) throws -> [ParamValidationError.Problem] {
        let model = try ModelLoader.shared.serviceModel(service).operation(operation)
        do {
            try ParamValidator().validate(params, shape: model.input)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func problemsFoundLateInTheMapsOrderAreStillReportedInModelAndKeyOrder() throws {
        // Valid members around the problems: the fast pass finds a problem, the ordered pass reports all.
        let found = try problems("s3", [
            "Bucket": "b", "Key": "", "ContentLength": "x",
            "Metadata": ["z": 1, "ok": "v", "a": .bool(true)],
            "Tagging": "t", "ACL": "private",
        ], "PutObject")
        #expect(found.map(\.path) == ["ContentLength", "Key", "Metadata.a", "Metadata.z"])
        #expect(found.map(\.kind) == [.invalidType, .invalidLength, .invalidType, .invalidType])
    }

    @Test func missingRequiredMembersAreReportedWhenEveryGivenMemberIsValid() throws {
        let found = try problems("s3", ["ACL": "private", "Body": .blob(Data())], "PutObject")
        #expect(found.map(\.message) == [#"Missing required parameter in input: "Bucket""#,
                                         #"Missing required parameter in input: "Key""#])
        #expect(try problems("s3", ["Bucket": "b", "Key": "k", "Body": .blob(Data())], "PutObject").isEmpty)
    }

    @Test func minimumLengthsCountScalarsNotBytes() throws {
        // BackupName has a minimum length of 3: "éé" is 4 bytes but 2 scalars.
        let short = try problems("dynamodb", ["TableName": "t", "BackupName": "éé"], "CreateBackup")
        #expect(short.map(\.message) == ["Invalid length for parameter BackupName, value: 2, valid min length: 3"])
        #expect(try problems("dynamodb", ["TableName": "t", "BackupName": "ééé"], "CreateBackup").isEmpty)
        #expect(try problems("dynamodb", ["TableName": "t", "BackupName": "🎉🎉🎉"], "CreateBackup").isEmpty)
        #expect(try problems("dynamodb", ["TableName": "t", "BackupName": "ab"], "CreateBackup").count == 1)
    }

    @Test func documentsWithBlobsOrDatesAreReportedInKeyOrder() throws {
        let model = try ServiceModel(json: Data("""
            {"metadata": {"protocol": "json", "apiVersion": "2020-01-01", "endpointPrefix": "t"},
             "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}}},
             "shapes": {"In": {"type": "structure", "members": {"Doc": {"shape": "D"}}},
                        "D": {"type": "structure", "members": {}, "document": true}}}
            """.utf8))
        let input = try model.operation("Op").input
        let params: Document = ["Doc": ["z": .blob(Data()), "a": [1, .timestamp(Date(timeIntervalSince1970: 0))], "ok": ["x": [1, "y"]]]]
        do {
            try ParamValidator().validate(params, shape: input)
            Issue.record("blobs and dates in a document must be reported")
        } catch {
            #expect(error.problems.map(\.path) == ["Doc.a[1]", "Doc.z"])
        }
        try ParamValidator().validate(["Doc": ["ok": ["x": [1, "y", .null, 2.5, false]]]], shape: input)
    }
}
