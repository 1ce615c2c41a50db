import Foundation
import Testing
@testable import AWSClients
import AWSConformance

/// The AWS SigV4 test suite (vendored unchanged from botocore 1.43.11 in Fixtures/sigv4), every
/// case folder checked stage by stage: canonical request, string to sign, Authorization, signed request.
@Suite struct SigV4SuiteTests {
    static let root: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("sigv4")
    static let caseNames: [String] = root.flatMap { try? SigV4SuiteRunner().caseNames(root: $0) } ?? []

    @Test func suiteIsPresent() throws {
        let root = try #require(Self.root)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("LICENSE").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("NOTICE").path))
        #expect(Self.caseNames.count == 34)
        #expect(Self.caseNames.contains("post-sts-token/post-sts-header-after"))
        #expect(Self.caseNames.contains("normalize-path/get-space"))
    }

    @Test(arguments: caseNames)
    func suiteCase(_ name: String) throws {
        let root = try #require(Self.root)
        let outcome = try SigV4SuiteRunner().run(caseFolder: root.appendingPathComponent(name))
        #expect(outcome == .passed, "\(name)")
    }

    @Test func runnerReportsADifferingStage() throws {
        let root = try #require(Self.root)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sigv4-case-\(UUID().uuidString)")
        let folder = copy.appendingPathComponent("get-vanilla")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: root.appendingPathComponent("get-vanilla"), to: folder)
        let sts = folder.appendingPathComponent("get-vanilla.sts")
        try Data("AWS4-HMAC-SHA256\n20150830T123600Z\nwrong".utf8).write(to: sts)
        let outcome = try SigV4SuiteRunner().run(caseFolder: folder)
        guard case .failed(let why) = outcome else {
            Issue.record("a wrong .sts must fail")
            return
        }
        #expect(why.contains(".sts differs"))
        #expect(!why.contains(".creq"))
    }
}
