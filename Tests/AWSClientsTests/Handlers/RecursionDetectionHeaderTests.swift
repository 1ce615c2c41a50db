import Foundation
import Testing
@testable import AWSClients

/// `X-Amzn-Trace-Id` from the Lambda environment (botocore's `add_recursion_detection_header`).
/// Encoded values: Python's `quote(trace_id, safe='-=;:+&[]{}"\',')`.
@Suite struct RecursionDetectionHeaderTests {
    static let lambda = ["AWS_LAMBDA_FUNCTION_NAME": "fn"]
    static let root = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"

    /// The header the customization adds to an empty request with `environment`.
    static func header(_ environment: [String: String], existing: String? = nil, presigning: Bool = false) throws -> String? {
        let model = try ModelLoader.shared.serviceModel("sqs")
        let operation = try model.operation("ListQueues")
        var context = CustomizationContext(configuration: try ConfigResolver(
            sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: [:]
        ).resolve(serviceID: "SQS", endpointPrefix: "sqs", region: "us-east-1", endpointURL: nil, config: nil), model: model)
        context.isPresigning = presigning
        var request = SerializedRequest()
        if let existing { request.headers["X-Amzn-Trace-Id"] = existing }
        var endpoint = RequestEndpoint(url: "https://sqs.us-east-1.amazonaws.com")
        let customization = RecursionDetectionHeader(environment: { environment[$0] })
        try customization.prepareRequest(&request, endpoint: &endpoint, params: [:], operation: operation, context: context)
        return request.headers["X-Amzn-Trace-Id"]
    }

    @Test(arguments: [
        (root, root),
        ("a b\u{e9}/\"x\"", "a%20b%C3%A9%2F\"x\""),
        ("123456789abcdefghijklmnopqrstuvwxyz!@#$%^&*()_+-={}[]|\\:;\"'<>,./?~`",
         "123456789abcdefghijklmnopqrstuvwxyz%21%40%23%24%25%5E&%2A%28%29_+-={}[]%7C%5C:;\"'%3C%3E,.%2F%3F~%60"),
    ])
    func insideLambdaTheTraceIDIsSent(traceID: String, expected: String) throws {
        #expect(try Self.header(Self.lambda.merging(["_X_AMZN_TRACE_ID": traceID]) { $1 }) == expected)
    }

    @Test func onlyInsideLambdaWithATraceID() throws {
        #expect(try Self.header(["_X_AMZN_TRACE_ID": Self.root]) == nil)
        #expect(try Self.header(Self.lambda) == nil)
        #expect(try Self.header(Self.lambda.merging(["_X_AMZN_TRACE_ID": ""]) { $1 }) == nil)
        // botocore tests the name's presence, not its value.
        #expect(try Self.header(["AWS_LAMBDA_FUNCTION_NAME": "", "_X_AMZN_TRACE_ID": "t"]) == "t")
    }

    @Test func theCallersHeaderAndPresignedURLsAreLeftAlone() throws {
        let environment = Self.lambda.merging(["_X_AMZN_TRACE_ID": Self.root]) { $1 }
        #expect(try Self.header(environment, existing: "mine") == "mine")
        #expect(try Self.header(environment, presigning: true) == nil)
    }

    @Test func everyClientRunsIt() throws {
        #expect(ServiceCustomizations.generic.contains { $0 is RecursionDetectionHeader })
    }
}
