import AWSConformance
import Foundation
import Testing
@testable import AWSClients

/// Runs botocore's smithy-rpc-v2-cbor protocol suites (vendored unchanged under
/// Fixtures/protocols) through `CBORProtocol`, skipping what botocore's ignore list skips.
@Suite struct CBORProtocolSuiteTests {
    static let suiteFiles = [
        "input/smithy-rpc-v2-cbor.json",
        "input/smithy-rpc-v2-cbor-query-compatible.json",
        "input/smithy-rpc-v2-cbor-non-query-compatible.json",
        "output/smithy-rpc-v2-cbor.json",
        "output/smithy-rpc-v2-cbor-query-compatible.json",
    ]

    static func protocolsFolder() throws -> URL {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil),
                                    "the test bundle has no Fixtures folder")
        return fixtures.appendingPathComponent("protocols")
    }

    @Test(arguments: suiteFiles)
    func suitePasses(_ file: String) throws {
        let folder = try Self.protocolsFolder()
        let ignoreList = try ProtocolIgnoreList(contentsOf: folder.appendingPathComponent("protocol-tests-ignore-list.json"))
        let results = try ProtocolSuiteRunner(ignoreList: ignoreList).run(file: folder.appendingPathComponent(file))
        #expect(!results.isEmpty, "\(file) has no cases")
        for result in results {
            if case .failed(let why) = result.outcome {
                Issue.record("\(file) [\(result.suite)] \(result.caseName): \(why)")
            }
        }
        #expect(results.contains { $0.passed })
    }
}
