import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Parameter validation through a client: every problem at once, with botocore's paths and
/// sentences (Swift type names instead of Python's), and nothing sent.
@Suite struct ParamValidationTests {
    private func problems(_ service: String, _ body: (Client) async throws -> Void) async throws -> [ParamValidationError.Problem] {
        let stub = StubTransport { _ in Canned.s3OK }
        let client = try TestClients.client(service, transport: stub)
        let error = try #require(await #expect(throws: ParamValidationError.self) { try await body(client) })
        #expect(stub.requests.isEmpty, "nothing is sent when validation fails")
        return error.problems
    }

    @Test func nestedProblemsAreAllReportedWithTheirPaths() async throws {
        let found = try await problems("s3") { s3 in
            _ = try await s3.putBucketTagging(Tagging: ["TagSet": [["Key": "a"], ["Key": 5, "Value": "v", "Kye": "x"]], "Extra": 1])
        }
        #expect(found.map(\.kind) == [.missingRequired, .unknownMember, .missingRequired, .unknownMember, .invalidType])
        #expect(found.map(\.path) == ["input", "Tagging", "Tagging.TagSet[0]", "Tagging.TagSet[1]", "Tagging.TagSet[1].Key"])
        #expect(found[0].message == #"Missing required parameter in input: "Bucket""#)
        #expect(found[1].message == #"Unknown parameter in Tagging: "Extra". Must be one of: TagSet"#)
        #expect(found[2].message == #"Missing required parameter in Tagging.TagSet[0]: "Value""#)
        #expect(found[3].message == #"Unknown parameter in Tagging.TagSet[1]: "Kye". Did you mean "Key"? Must be one of: Key, Value"#)
        #expect(found[4].message == "Invalid type for parameter Tagging.TagSet[1].Key, value: 5, type: Int, valid types: String")
    }

    @Test func theDescriptionListsEveryProblemUnderBotocoresHeading() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub)
        let error = try #require(await #expect(throws: ParamValidationError.self) {
            _ = try await s3.putObject(Bucket: "b", Key: "", ContentLength: "x")
        })
        #expect(error.description == """
            Parameter validation failed:
            Invalid type for parameter ContentLength, value: "x", type: String, valid types: Int
            Invalid length for parameter Key, value: 0, valid min length: 1
            """)
    }

    @Test func unknownTopLevelMembersSuggestTheClosestNames() async throws {
        let found = try await problems("s3") { s3 in _ = try await s3.putObject(Bucket: "b", Key: "k", Bodi: .blob(Data())) }
        #expect(found.count == 1)
        #expect(found.first?.kind == .unknownMember)
        #expect(found.first?.message.hasPrefix(#"Unknown parameter in input: "Bodi". Did you mean "Body"? Must be one of: ACL, Body, Bucket,"#) == true)
    }

    /// Members are checked in model order (botocore follows the caller's keyword order, which a
    /// Swift dictionary does not keep).
    @Test func minimumLengthsAndValuesAndTypes() async throws {
        let found = try await problems("dynamodb") { dynamodb in
            _ = try await dynamodb.scan(TableName: "", Limit: 0, ConsistentRead: "yes", Segment: -1)
        }
        #expect(found.map(\.message) == [
            "Invalid length for parameter TableName, value: 0, valid min length: 1",
            "Invalid value for parameter Limit, value: 0, valid min value: 1",
            "Invalid value for parameter Segment, value: -1, valid min value: 0",
            #"Invalid type for parameter ConsistentRead, value: "yes", type: String, valid types: Bool"#,
        ])
        #expect(found.map(\.kind) == [.invalidLength, .invalidRange, .invalidRange, .invalidType])
    }

    @Test func taggedUnionsNeedExactlyOneMember() async throws {
        let empty = try await problems("s3") { s3 in
            _ = try await s3.updateObjectEncryption(Bucket: "b", Key: "k", ObjectEncryption: [:])
        }
        #expect(empty.map(\.message) == ["Must set one of the following keys for tagged union structure ObjectEncryption: SSEKMS."])
        #expect(empty.first?.kind == .invalidUnion)

        let two = try await problems("s3") { s3 in
            _ = try await s3.updateObjectEncryption(Bucket: "b", Key: "k",
                                                    ObjectEncryption: ["SSEKMS": ["KMSKeyArn": "k"], "X": 1])
        }
        #expect(two.map(\.kind) == [.invalidUnion, .unknownMember, .invalidLength])
        #expect(two.first?.message == "Invalid number of parameters set for tagged union structure ObjectEncryption. Can only set one of the following keys: SSEKMS.")
        #expect(two.last?.path == "ObjectEncryption.SSEKMS.KMSKeyArn")
    }

    /// An input with JSON-value members in a header and in the body, and a union holding a document.
    static let jsonValueModel = """
        {"metadata": {"protocol": "rest-json", "apiVersion": "2020-01-01", "endpointPrefix": "t"},
         "operations": {"Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}}},
         "shapes": {
           "In": {"type": "structure", "members": {
             "Header": {"shape": "J", "location": "header", "locationName": "X-J"},
             "Body": {"shape": "J"},
             "Choice": {"shape": "U"}}},
           "J": {"type": "string", "jsonvalue": true, "min": 1},
           "U": {"type": "structure", "union": true, "members": {"Doc": {"shape": "D"}, "Name": {"shape": "S"}}},
           "D": {"type": "structure", "members": {}, "document": true},
           "S": {"type": "string"}
         }}
        """

    private func problems(_ params: Document) throws -> [ParamValidationError.Problem] {
        let input = try ServiceModel(json: Data(Self.jsonValueModel.utf8)).operation("Put").input
        do {
            try ParamValidator().validate(params, shape: input)
            return []
        } catch {
            return error.problems
        }
    }

    /// botocore skips validation only for JSON-value headers (any JSON value); a JSON-value body
    /// member is a string with its minimum length. Found by the differential request test.
    @Test func jsonValueBodyMembersAreStringsButHeadersTakeAnyValue() throws {
        #expect(try problems(["Header": ["a": [1, 2]], "Body": "{}"]).isEmpty)
        #expect(try problems(["Header": ""]).isEmpty)
        #expect(try problems(["Body": ""]).map(\.message) == ["Invalid length for parameter Body, value: 0, valid min length: 1"])
        #expect(try problems(["Body": ["a": 1]]).map(\.kind) == [.invalidType])
    }

    /// A union counts every key it is given, as botocore's `len(params)`: a document member set to
    /// `null` is the one member set.
    @Test func aUnionDocumentSetToNullIsItsMember() throws {
        #expect(try problems(["Choice": ["Doc": .null]]).isEmpty)
        #expect(try problems(["Choice": ["Doc": .null, "Name": "n"]]).map(\.kind) == [.invalidUnion])
        #expect(try problems(["Choice": [:]]).map(\.kind) == [.invalidUnion])
    }

    @Test func mapKeysAndValuesAreCheckedToo() async throws {
        let found = try await problems("s3") { s3 in
            _ = try await s3.putObject(Bucket: "b", Key: "k", Metadata: ["ok": "v", "bad": 3])
        }
        #expect(found.map(\.path) == ["Metadata.bad"])
        #expect(found.first?.kind == .invalidType)
    }

    @Test func validationCanBeTurnedOffAsBotocoresParameterValidation() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub, config: Config(parameterValidation: false))
        // An empty key breaks the model's minimum length; unvalidated, it is sent as it is.
        _ = try await s3.putObject(Bucket: "b", Key: "", ContentLength: -1)
        #expect(stub.requests.count == 1)
        #expect(stub.requests.first?.method == "PUT")
        #expect(stub.requests.first?.headers["Content-Length"] == "-1")
    }
}
