import AWSClients
import Foundation

/// Runs botocore protocol test suite files (input: serialization, output: parsing) through the
/// SDK's wire protocols.
public struct ProtocolSuiteRunner: Sendable {
    /// Cases to skip, as botocore skips them.
    public var ignoreList: ProtocolIgnoreList

    /// Creates a runner.
    public init(ignoreList: ProtocolIgnoreList = ProtocolIgnoreList()) {
        self.ignoreList = ignoreList
    }

    /// Runs every case of one suite file. Input and output files are told apart by their cases
    /// (`params` vs `response`).
    public func run(file url: URL) throws -> [CaseResult] {
        let fileName = url.lastPathComponent
        guard let suites = try JSONValue.parse(Data(contentsOf: url)).array else {
            throw ConformanceError("\(fileName): a protocol suite file must be a JSON list of suites")
        }
        var results: [CaseResult] = []
        for (suiteIndex, suiteValue) in suites.enumerated() {
            guard let suite = suiteValue.object else { continue }
            let description = suite["description"]?.string ?? "suite \(suiteIndex)"
            for (caseIndex, caseValue) in (suite["cases"]?.array ?? []).enumerated() {
                guard let testCase = caseValue.object else { continue }
                let name = testCase["id"]?.string ?? testCase["description"]?.string ?? "case \(caseIndex)"
                let outcome = runCase(testCase, suite: suite, suiteName: description)
                results.append(CaseResult(file: fileName, suite: description, caseName: name, outcome: outcome))
            }
        }
        return results
    }

    func runCase(_ testCase: JSONObject, suite: JSONObject, suiteName: String) -> CaseResult.Outcome {
        let isInput = testCase["params"] != nil
        let direction = isInput ? "input" : "output"
        var protocolKey = suite["metadata"]?["protocol"]?.string ?? ""
        if protocolKey == "json", suite["metadata"]?["jsonVersion"]?.string == "1.0" { protocolKey = "json_1_0" }
        if let reason = ignoreList.reason(direction: direction, protocolKey: protocolKey, suite: suiteName,
                                          caseID: testCase["id"]?.string) {
            return .skipped(reason)
        }
        do {
            let (operation, wireProtocol) = try Self.operation(for: testCase, suite: suite)
            if isInput {
                return try InputCaseCheck(testCase: testCase, suite: suite).run(operation: operation, protocol: wireProtocol)
            } else {
                return try OutputCaseCheck(testCase: testCase).run(operation: operation, protocol: wireProtocol)
            }
        } catch {
            return .failed("threw \(error)")
        }
    }

    /// Builds the one-operation service model botocore's test runner builds for a case.
    static func operation(for testCase: JSONObject, suite: JSONObject) throws -> (OperationModel, any WireProtocol) {
        guard var given = testCase["given"]?.object else { throw ConformanceError("the case has no 'given' operation") }
        let operationName = given["name"]?.string ?? "OperationName"
        // botocore's runner wraps query outputs with members in <OperationNameResult>.
        if suite["metadata"]?["protocol"]?.string == "query", testCase["response"] != nil,
           var output = given["output"]?.object, let outputName = output["shape"]?.string,
           let members = suite["shapes"]?[outputName]?["members"]?.object, !members.isEmpty {
            output["resultWrapper"] = .string(operationName + "Result")
            given["output"] = .object(output)
        }
        var definition = JSONObject()
        definition["metadata"] = suite["metadata"]
        definition["shapes"] = suite["shapes"] ?? .object(JSONObject())
        definition["operations"] = .object(JSONObject([(operationName, .object(given))]))
        let model = try ServiceModel(definition: definition)
        return (try model.operation(operationName), try WireProtocols.named(model.metadata.resolvedProtocol, metadata: model.metadata))
    }
}

/// A problem with a suite file itself.
public struct ConformanceError: Error, CustomStringConvertible {
    /// What is wrong.
    public let description: String
    init(_ description: String) { self.description = description }
}
