import AWSConformance
import Foundation
import Testing
@testable import AWSClients

/// The vendored botocore endpoint test files and the rule sets they run against.
enum EndpointFixtures {
    /// One `testCases` entry, named for test output.
    struct Case: Sendable, CustomTestStringConvertible {
        let service: String
        let index: Int
        let documentation: String
        let testCase: JSONValue
        var testDescription: String { "\(service) #\(index): \(documentation)" }
    }

    static let folder: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("endpoints", isDirectory: true)

    /// Every case of a service's `endpoint-tests-1.json`.
    static func cases(_ service: String) -> [Case] {
        guard let file = folder?.appendingPathComponent(service).appendingPathComponent("endpoint-tests-1.json"),
              let data = try? Data(contentsOf: file), let suite = try? JSONValue.parse(data) else { return [] }
        return (suite["testCases"]?.array ?? []).enumerated().map { index, testCase in
            Case(service: service, index: index, documentation: testCase["documentation"]?.string ?? "", testCase: testCase)
        }
    }

    static func ruleSet(_ service: String) throws -> EndpointRuleSet {
        try EndpointDataFiles.ruleSet(service: service)
    }

    static func partitions() throws -> PartitionTable {
        try EndpointDataFiles.partitions()
    }

    static let s3RuleSet = Result { try ruleSet("s3") }
    static let sqsRuleSet = Result { try ruleSet("sqs") }
}

@Suite struct EndpointSuiteTests {
    @Test func fixturesArePresent() {
        #expect(EndpointFixtures.cases("s3").count == 393)
        #expect(EndpointFixtures.cases("sqs").count == 48)
    }

    @Test(arguments: EndpointFixtures.cases("s3"))
    func s3(_ fixture: EndpointFixtures.Case) throws {
        let outcome = EndpointSuiteRunner.check(fixture.testCase, ruleSet: try EndpointFixtures.s3RuleSet.get())
        #expect(outcome == .passed, "\(fixture.testDescription)")
    }

    @Test(arguments: EndpointFixtures.cases("sqs"))
    func sqs(_ fixture: EndpointFixtures.Case) throws {
        let outcome = EndpointSuiteRunner.check(fixture.testCase, ruleSet: try EndpointFixtures.sqsRuleSet.get())
        #expect(outcome == .passed, "\(fixture.testDescription)")
    }
}

@Suite struct EndpointOperationInputTests {
    /// Every `operationInputs` entry of the s3 file, through the parameter builder and the service model.
    @Test func s3OperationInputs() throws {
        let file = try #require(EndpointFixtures.folder?.appendingPathComponent("s3/endpoint-tests-1.json"))
        let results = try EndpointSuiteRunner(service: "s3").runOperationInputs(file: file)
        #expect(results.filter(\.passed).count == 213)
        for result in results {
            if case .failed(let why) = result.outcome { Issue.record("\(result.caseName): \(why)") }
        }
    }
}
