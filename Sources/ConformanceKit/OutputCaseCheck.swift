import AWSClients
import Foundation

/// Parses an output case's `response` and compares it with `result`, or with `error` /
/// `errorCode` / `errorMessage` for error cases.
struct OutputCaseCheck {
    let testCase: JSONObject

    func run(operation: OperationModel, protocol wireProtocol: any WireProtocol) throws -> CaseResult.Outcome {
        guard let response = testCase["response"]?.object else { throw ConformanceError("output case without 'response'") }
        var headers = HTTPHeaders()
        for (name, value) in response["headers"]?.object?.pairs ?? [] { headers.add(name: name, value: value.string ?? "") }
        let body = Data((response["body"]?.string ?? "").utf8)
        let raw = ProtocolResponse(statusCode: response["status_code"]?.int ?? 200, headers: headers,
                                   body: operation.service.metadata.resolvedProtocol == "smithy-rpc-v2-cbor"
                                       ? (Data(base64Encoded: String(decoding: body, as: UTF8.self)) ?? body) : body)
        if testCase["error"] != nil || testCase["errorCode"] != nil {
            let parsed = try wireProtocol.parseError(raw, operation: operation)
            // botocore's runner keeps only Code and Message under "Error", then merges the modeled fields.
            var actual: [String: Document] = parsed.modeledFields
            actual["Error"] = ["Code": .string(parsed.code), "Message": .string(parsed.message)]
            var expected = testCase["error"]?.object ?? JSONObject()
            expected["Error"] = .object(JSONObject([
                ("Code", .string(testCase["errorCode"]?.string ?? "")),
                ("Message", .string(testCase["errorMessage"]?.string ?? "")),
            ]))
            return DocumentMatcher.difference(actual: .map(actual), expected: .object(expected), path: "")
                .map { .failed($0) } ?? .passed
        }
        let parsed = try wireProtocol.parse(raw, operation: operation)
        let expected = testCase["result"] ?? .object(JSONObject())
        return DocumentMatcher.difference(actual: parsed, expected: expected, path: "").map { .failed($0) } ?? .passed
    }
}
