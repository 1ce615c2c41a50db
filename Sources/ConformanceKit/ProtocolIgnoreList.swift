import AWSClients
import Foundation

/// botocore's `protocol-tests-ignore-list.json`: suites and cases it does not run.
public struct ProtocolIgnoreList: Sendable {
    /// Suite descriptions ignored for every protocol, by direction (`input` / `output`).
    var generalSuites: [String: Set<String>] = [:]
    /// Case ids ignored per protocol file stem (`rest-xml`, `json_1_0`, ...) and direction.
    var cases: [String: [String: Set<String>]] = [:]

    /// An empty list (nothing ignored).
    public init() {}

    /// Reads the ignore list file.
    public init(contentsOf url: URL) throws {
        let root = try JSONValue.parse(Data(contentsOf: url))
        for direction in ["input", "output"] {
            generalSuites[direction] = Set(root["general"]?[direction]?["suites"]?.array?.compactMap(\.string) ?? [])
        }
        for (protocolName, entry) in root["protocols"]?.object?.pairs ?? [] {
            for direction in ["input", "output"] {
                let ids = Set(entry[direction]?["cases"]?.array?.compactMap(\.string) ?? [])
                cases[protocolName, default: [:]][direction] = ids
            }
        }
    }

    /// Why a case is skipped, or `nil` when it runs.
    /// `protocolKey` is the suite's `metadata.protocol` value (the list's keys are those names,
    /// with `json_1_0` for JSON 1.0 suites).
    func reason(direction: String, protocolKey: String, suite: String, caseID: String?) -> String? {
        if generalSuites[direction]?.contains(suite) == true { return "suite on botocore's ignore list" }
        if let caseID, cases[protocolKey]?[direction]?.contains(caseID) == true { return "case on botocore's ignore list" }
        return nil
    }
}
