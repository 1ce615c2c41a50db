import Foundation
import Testing
@testable import AWSClients

/// SSM Parameter Store (json 1.1) against moto: the three parameter types, overwrites and their
/// history, the GetParametersByPath paginator, partial failures, ParameterNotFound, and a
/// differential run against boto3.
@Suite struct SSMIntegrationTests {
    @Test func storesReadsAndOverwritesParameters() async throws {
        let ssm = try await Moto.client("ssm")
        let root = "/" + Moto.uniqueName("app")
        let first = try await ssm.putParameter(Name: .string("\(root)/db/host"), Value: "db.internal", Type: "String",
                                               Description: "database host")
        #expect(first["Version"] == 1)
        #expect(first["Tier"] == "Standard")
        _ = try await ssm.putParameter(Name: .string("\(root)/db/password"), Value: "hunter2", Type: "SecureString")
        _ = try await ssm.putParameter(Name: .string("\(root)/hosts"), Value: "a,b,c", Type: "StringList")

        let second = try await ssm.putParameter(Name: .string("\(root)/db/host"), Value: "db2.internal", Type: "String", Overwrite: true)
        #expect(second["Version"] == 2)

        let password = try await ssm.getParameter(Name: .string("\(root)/db/password"), WithDecryption: true)
        #expect(password["Parameter"]?["Value"] == "hunter2")
        #expect(password["Parameter"]?["Type"] == "SecureString")
        #expect(password["Parameter"]?["ARN"]?.string == "arn:aws:ssm:us-east-1:123456789012:parameter\(root)/db/password")
        let modified = try #require(password["Parameter"]?["LastModifiedDate"]?.date)
        #expect(abs(modified.timeIntervalSinceNow) < 120)

        let history = try await ssm.getParameterHistory(Name: .string("\(root)/db/host"))
        let versions = try #require(history["Parameters"]?.array)
        #expect(versions.map { $0["Value"] } == ["db.internal", "db2.internal"])
        #expect(versions.map { $0["Version"] } == [1, 2])
        #expect(versions.first?["Description"] == "database host")
        let dates = versions.compactMap { $0["LastModifiedDate"]?.date }
        #expect(dates.count == 2 && dates[0] <= dates[1])

        let some = try await ssm.getParameters(Names: [.string("\(root)/hosts"), .string("\(root)/absent")])
        #expect(some["Parameters"]?[0]?["Value"] == "a,b,c")
        #expect(some["Parameters"]?[0]?["Type"] == "StringList")
        #expect(some["InvalidParameters"] == [.string("\(root)/absent")])

        let missing = try #require(try await Moto.clientError { _ = try await ssm.getParameter(Name: .string("\(root)/absent")) })
        #expect(missing.code == "ParameterNotFound")
        #expect(missing.statusCode == 400)
        #expect(missing.message == "Parameter \(root)/absent not found.")
    }

    @Test func getParametersByPathPagesThroughATree() async throws {
        let ssm = try await Moto.client("ssm")
        let root = "/" + Moto.uniqueName("tree")
        let names = ["\(root)/a", "\(root)/b", "\(root)/nested/c", "\(root)/nested/deeper/d"]
        for (index, name) in names.enumerated() {
            _ = try await ssm.putParameter(Name: .string(name), Value: .string("value-\(index)"), Type: "String")
        }
        #expect(ssm.canPaginate("getParametersByPath"))
        var pages = 0
        var found: [String: String] = [:]
        for try await page in ssm.paginator("getParametersByPath").paginate(Path: .string(root), Recursive: true,
                                                                            PaginationConfig: ["PageSize": 1]) {
            pages += 1
            for parameter in page["Parameters"]?.array ?? [] {
                found[parameter["Name"]?.string ?? "?"] = parameter["Value"]?.string
            }
        }
        #expect(found == Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, "value-\($0)") }))
        #expect(pages >= names.count)

        let shallow = ssm.paginator("getParametersByPath").paginate(Path: .string(root)).search("Parameters[].Name")
        var top: [String] = []
        for try await name in shallow { top += name.string.map { [$0] } ?? [] }
        #expect(top.sorted() == ["\(root)/a", "\(root)/b"])
        _ = try await ssm.deleteParameters(Names: .list(names.map(Document.string)))
    }

    @Test func matchesBoto3() async throws {
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("ssm", "PutParameter", ["Name": .string("/\(prefix)/plain"), "Value": "one", "Type": "String",
                                               "Tags": [["Key": "run", "Value": .string(prefix)]]]),
            ReplayCall("ssm", "PutParameter", ["Name": .string("/\(prefix)/secret"), "Value": "two ✓", "Type": "SecureString"]),
            ReplayCall("ssm", "PutParameter", ["Name": .string("/\(prefix)/plain"), "Value": "three", "Type": "String", "Overwrite": true]),
            ReplayCall("ssm", "GetParameter", ["Name": .string("/\(prefix)/secret"), "WithDecryption": true]),
            ReplayCall("ssm", "GetParameters", ["Names": [.string("/\(prefix)/plain"), .string("/\(prefix)/none")]]),
            ReplayCall("ssm", "GetParametersByPath", ["Path": .string("/\(prefix)"), "Recursive": true], pagination: ["PageSize": 1],
                       volatile: ["[].NextToken"]),
            ReplayCall("ssm", "GetParameterHistory", ["Name": .string("/\(prefix)/plain")]),
            ReplayCall("ssm", "ListTagsForResource", ["ResourceType": "Parameter", "ResourceId": .string("/\(prefix)/plain")]),
            ReplayCall("ssm", "GetParameter", ["Name": .string("/\(prefix)/none")]),
            ReplayCall("ssm", "DeleteParameters", ["Names": [.string("/\(prefix)/plain"), .string("/\(prefix)/secret"), .string("/\(prefix)/x")]]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[3]["Parameter"]?["Value"] == "two ✓")
        #expect(outcome.boto3[6]["Parameters"]?.array?.count == 2)
        #expect(outcome.boto3[8]["$error"]?["Error"]?["Code"] == "ParameterNotFound")
    }
}
