import AWSClients
import Foundation

/// Serializes an input case's `params` and compares the request with its `serialized` block.
struct InputCaseCheck {
    let testCase: JSONObject
    let suite: JSONObject

    func run(operation: OperationModel, protocol wireProtocol: any WireProtocol) throws -> CaseResult.Outcome {
        let params = ExpectedValues.params(testCase["params"] ?? .object(JSONObject()), shape: operation.input)
        let request = try wireProtocol.serialize(params, operation: operation)
        guard let expected = testCase["serialized"]?.object else { throw ConformanceError("input case without 'serialized'") }
        var problems: [String] = []
        if let method = expected["method"]?.string, method != request.method {
            problems.append("method \(request.method) != expected \(method)")
        }
        let expectedURI = expected["uri"]?.string ?? ""
        if request.uri != expectedURI { problems.append("uri '\(request.uri)' != expected '\(expectedURI)'") }
        let protocolName = operation.service.metadata.resolvedProtocol
        for (name, value) in expected["headers"]?.object?.pairs ?? [] where !Self.skipsHeader(name, value, protocol: operation) {
            var expectedValue = value.string ?? ""
            // botocore's runner: query and ec2 send "; charset=utf-8", which the suites leave out.
            if ["query", "ec2"].contains(protocolName), name.lowercased() == "content-type", !expectedValue.contains("charset=utf-8") {
                expectedValue += "; charset=utf-8"
            }
            if let actual = request.headers[name] {
                // The suites write list headers as "a, b, c"; botocore 1.43 sends "a,b,c", an
                // equivalent field value (RFC 9110 §5.6.1): compared without the optional spaces.
                if actual != expectedValue && Self.withoutListSpaces(actual) != Self.withoutListSpaces(expectedValue) {
                    problems.append("header \(name): '\(actual)' != expected '\(expectedValue)'")
                }
            } else {
                problems.append("header \(name) missing (expected '\(expectedValue)')")
            }
        }
        for name in expected["forbidHeaders"]?.array?.compactMap(\.string) ?? [] where request.headers.contains(name) {
            problems.append("header \(name) must not be sent")
        }
        // Content-Length is the transport's to set from the body (botocore's runner does not check it either).
        for name in expected["requireHeaders"]?.array?.compactMap(\.string) ?? []
        where !request.headers.contains(name) && !(name.lowercased() == "content-length" && !request.body.isEmpty) {
            problems.append("header \(name) is required")
        }
        // As botocore's runner, a case without "body" does not check the body.
        if let expectedBody = expected["body"]?.string,
           let difference = BodyComparison.compareRequestBody(actual: request.body, expected: expectedBody,
                                                              protocolName: protocolName) {
            problems.append("body: \(difference)")
        }
        if let expectedHost = expected["host"]?.string {
            let endpoint = suite["clientEndpoint"]?.string ?? "https://example.com"
            let host = (request.hostPrefix ?? "") + (URL(string: endpoint).map(Self.netloc) ?? endpoint)
            if host != expectedHost { problems.append("host '\(host)' != expected '\(expectedHost)'") }
        }
        return problems.isEmpty ? .passed : .failed(problems.joined(separator: "; "))
    }

    /// Content-Type expectations botocore's runner drops: all of them for rest-xml, and those other than
    /// `application/json` for rest-json (botocore sets none for raw payloads).
    static func skipsHeader(_ name: String, _ value: JSONValue, protocol operation: OperationModel) -> Bool {
        guard name.caseInsensitiveEquals("Content-Type") else { return false }
        switch operation.service.metadata.resolvedProtocol {
        case "rest-xml": return true
        case "rest-json": return value.string != "application/json"
        default: return false
        }
    }

    /// Host and path without a trailing slash, as the suites spell `host` for endpoints with a path.
    static func netloc(_ url: URL) -> String {
        var text = url.host ?? ""
        if let port = url.port { text += ":\(port)" }
        return text
    }

    /// `value` with the spaces after its commas removed.
    static func withoutListSpaces(_ value: String) -> String { value.replacingOccurrences(of: ", ", with: ",") }
}
