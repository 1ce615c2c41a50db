import AWSConformance
import Foundation
import Testing

/// Runs a vendored botocore protocol suite file (Fixtures/protocols) and records every failing case.
enum ProtocolSuiteFixtures {
    /// The vendored suites folder.
    static func folder() throws -> URL {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return fixtures.appendingPathComponent("protocols")
    }

    /// Runs `file` (`input/rest-json.json`) with botocore's ignore list; returns (passed, skipped, total).
    @discardableResult
    static func run(_ file: String) throws -> (passed: Int, skipped: Int, total: Int) {
        let folder = try folder()
        let ignoreList = try ProtocolIgnoreList(contentsOf: folder.appendingPathComponent("protocol-tests-ignore-list.json"))
        let results = try ProtocolSuiteRunner(ignoreList: ignoreList).run(file: folder.appendingPathComponent(file))
        var passed = 0, skipped = 0
        for result in results {
            switch result.outcome {
            case .passed: passed += 1
            case .skipped: skipped += 1
            case .failed(let why): Issue.record("\(file) [\(result.suite)] \(result.caseName): \(why)")
            }
        }
        #expect(passed > 0, "\(file): no case ran")
        #expect(passed + skipped == results.count, "\(file): \(results.count - passed - skipped) cases failed")
        return (passed, skipped, results.count)
    }
}
