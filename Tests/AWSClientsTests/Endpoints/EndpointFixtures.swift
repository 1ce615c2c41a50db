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

    /// botocore's installed data: used only when neither AWS_DATA_PATH nor the bundled models have the rule sets yet.
    static let botocoreData = "/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data"

    static func ruleSet(_ service: String) throws -> EndpointRuleSet {
        if let found = try? EndpointDataFiles.ruleSet(service: service) { return found }
        return try EndpointDataFiles.ruleSet(service: service, extraFolders: [botocoreData])
    }

    static func partitions() throws -> PartitionTable {
        if let found = try? EndpointDataFiles.partitions() { return found }
        return try EndpointDataFiles.partitions(extraFolders: [botocoreData])
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
