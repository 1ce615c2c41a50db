import Testing

/// botocore's protocol suites for json (1.1, 1.0, query-compatible) and rest-json.
@Suite struct JSONProtocolSuiteTests {
    @Test(arguments: [
        "input/json.json", "output/json.json",
        "input/json_1_0.json", "output/json_1_0.json",
        "input/json_1_0-query-compatible.json", "output/json_1_0-query-compatible.json",
        "input/rest-json.json", "output/rest-json.json",
    ])
    func suitePasses(file: String) throws {
        try ProtocolSuiteFixtures.run(file)
    }
}
