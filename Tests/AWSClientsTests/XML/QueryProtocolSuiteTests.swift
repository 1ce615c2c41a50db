import AWSConformance
import Foundation
import Testing
@testable import AWSClients

/// botocore's protocol suites for query and ec2, vendored under Fixtures/protocols.
@Suite struct QueryProtocolSuiteTests {
    static var protocolsFolder: URL {
        get throws {
            let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            return fixtures.appendingPathComponent("protocols")
        }
    }

    @Test(arguments: ["input/query.json", "output/query.json", "input/ec2.json", "output/ec2.json"])
    func suitePasses(file: String) throws {
        let folder = try Self.protocolsFolder
        let ignoreList = try ProtocolIgnoreList(contentsOf: folder.appendingPathComponent("protocol-tests-ignore-list.json"))
        let results = try ProtocolSuiteRunner(ignoreList: ignoreList).run(file: folder.appendingPathComponent(file))
        for result in results {
            if case .failed(let why) = result.outcome {
                Issue.record("\(file) [\(result.suite)] \(result.caseName): \(why)")
            }
        }
        let passed = results.filter(\.passed).count
        let skipped = results.filter { if case .skipped = $0.outcome { true } else { false } }.count
        #expect(passed > 0)
        #expect(passed + skipped == results.count)
    }
}
