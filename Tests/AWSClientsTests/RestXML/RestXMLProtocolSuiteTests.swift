import Testing

/// botocore's protocol suites for rest-xml.
@Suite struct RestXMLProtocolSuiteTests {
    @Test(arguments: ["input/rest-xml.json", "output/rest-xml.json"])
    func suitePasses(file: String) throws {
        try ProtocolSuiteFixtures.run(file)
    }
}
