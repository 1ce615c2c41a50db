import AWSFuzzTargets
import Foundation
import Testing

/// Every fuzz target (scripts/fuzz runs them under libFuzzer) over its seed corpus and over every
/// input a fuzzing campaign ever crashed on (Fixtures/fuzz/crashes/TARGET/, kept as regression
/// inputs): none may crash the process.
@Suite struct FuzzCorpusTests {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("fuzz")

    @Test(arguments: FuzzTargets.names)
    func seedsAndPastCrashesRunWithoutACrash(target: String) throws {
        let root = try #require(Self.root)
        let run = try #require(FuzzTargets.all[target])
        let seeds = Self.files(in: root.appendingPathComponent(target))
        #expect(!seeds.isEmpty, "no seed corpus for \(target): run scripts/fuzz-seeds")
        for file in seeds + Self.files(in: root.appendingPathComponent("crashes").appendingPathComponent(target)) {
            run(try Data(contentsOf: file))
        }
    }

    @Test func everyCorpusFolderNamesATarget() throws {
        let root = try #require(Self.root)
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != "crashes" && !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(FuzzTargets.names))
    }

    static func files(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }
}
