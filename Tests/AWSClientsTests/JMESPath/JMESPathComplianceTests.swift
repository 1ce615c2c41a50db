import AWSConformance
import Foundation
import Testing
@testable import AWSClients

/// The JMESPath compliance suite (jmespath.test), vendored in Fixtures/jmespath: every case of
/// every file, through the same runner as `aws-conformance jmespath`.
@Suite struct JMESPathComplianceTests {
    static let folder: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("jmespath")

    static let files: [String] = {
        guard let folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test func theWholeSuiteIsVendored() throws {
        #expect(Self.files.count == 16)
        var total = 0
        for file in Self.files {
            total += try JMESPathSuiteRunner().run(file: try #require(Self.folder).appendingPathComponent(file)).count
        }
        #expect(total == 908)
    }

    @Test(arguments: files) func complianceFile(_ file: String) throws {
        let url = try #require(Self.folder).appendingPathComponent(file)
        let results = try JMESPathSuiteRunner().run(file: url)
        #expect(!results.isEmpty, "\(file) has no cases")
        for result in results {
            if case .failed(let why) = result.outcome {
                Issue.record("\(file) [\(result.suite)] \(result.caseName): \(why)")
            }
        }
    }
}
