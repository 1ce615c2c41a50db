import AWSClients
import Foundation

/// Runs botocore's endpoint rule-set test files (`endpoint-tests-1.json`): each case's `params`
/// go through the service's rule set and must give `expect.endpoint` (URL, headers and
/// properties, compared by meaning) or `expect.error` (the same message).
///
/// Cases are evaluated from `params` alone, as botocore's provider tests do; `operationInputs`
/// describe botocore's end-to-end client tests and are not run here.
public struct EndpointSuiteRunner: Sendable {
    /// The service whose rule set to use; `nil` takes each file's parent folder name.
    public let service: String?
    /// Where rule sets and partitions come from.
    public let loader: ModelLoader

    /// Creates a runner. `dataPaths` are botocore-layout folders searched before `$AWS_DATA_PATH`
    /// and the bundled models (a development aid, e.g. an installed botocore's `data` folder).
    public init(service: String? = nil, dataPaths: [String] = []) {
        self.service = service
        if dataPaths.isEmpty {
            loader = .shared
        } else {
            let environment = ProcessInfo.processInfo.environment
            loader = ModelLoader(searchPaths: dataPaths.map { URL(fileURLWithPath: $0, isDirectory: true) }
                                 + ModelLoader.dataPathFolders(environment: environment),
                                 includeBundledModels: true)
        }
    }

    /// Runs every case of one file.
    public func run(file: URL) throws -> [CaseResult] {
        let serviceName = service ?? file.deletingLastPathComponent().lastPathComponent
        let ruleSet = try EndpointDataFiles.ruleSet(service: serviceName, loader: loader)
        return try run(file: file, ruleSet: ruleSet)
    }

    /// Runs every case of one file against a given rule set.
    public func run(file: URL, ruleSet: EndpointRuleSet) throws -> [CaseResult] {
        let suite = try JSONValue.parse(Data(contentsOf: file))
        guard let cases = suite["testCases"]?.array else {
            throw ConformanceError("\(file.path): no 'testCases' list")
        }
        return cases.enumerated().map { index, testCase in
            let name = testCase["documentation"]?.string.map { "#\(index) \($0)" } ?? "#\(index)"
            let outcome = Self.check(testCase, ruleSet: ruleSet)
            return CaseResult(file: file.lastPathComponent, suite: file.deletingLastPathComponent().lastPathComponent,
                              caseName: name, outcome: outcome)
        }
    }

    /// Evaluates one case: `.passed`, or `.failed` saying how the result differs.
    package static func check(_ testCase: JSONValue, ruleSet: EndpointRuleSet) -> CaseResult.Outcome {
        var parameters = EndpointParameters()
        for (name, value) in testCase["params"]?.object?.pairs ?? [] { parameters[name] = value.document }
        guard let expect = testCase["expect"]?.object else { return .failed("the case has no 'expect' object") }
        let result = Result { () throws(EndpointResolutionError) in try ruleSet.resolve(parameters) }
        if let expectedError = expect["error"]?.string {
            switch result {
            case .success(let endpoint): return .failed("expected error \(expectedError.debugDescription), got endpoint \(endpoint.url)")
            case .failure(let error):
                return error.message == expectedError ? .passed : .failed("error \(error.message.debugDescription), expected \(expectedError.debugDescription)")
            }
        }
        guard let expected = expect["endpoint"]?.object else { return .failed("'expect' has neither 'endpoint' nor 'error'") }
        switch result {
        case .failure(let error):
            return .failed("error \(error.message.debugDescription), expected endpoint \(expected["url"]?.string ?? "")")
        case .success(let endpoint):
            if let difference = difference(endpoint, expected) { return .failed(difference) }
            return .passed
        }
    }

    private static func difference(_ endpoint: ResolvedEndpoint, _ expected: JSONObject) -> String? {
        let url = expected["url"]?.string ?? ""
        if endpoint.url != url { return "url \(endpoint.url), expected \(url)" }
        var expectedHeaders: [String: [String]] = [:]
        for (name, values) in expected["headers"]?.object?.pairs ?? [] {
            expectedHeaders[name] = values.array?.compactMap(\.string) ?? []
        }
        if endpoint.headers != expectedHeaders { return "headers \(endpoint.headers), expected \(expectedHeaders)" }
        let properties = expected["properties"] ?? .object(JSONObject())
        if let difference = DocumentMatcher.difference(actual: endpoint.properties, expected: properties, path: "properties") {
            return difference
        }
        return nil
    }
}
