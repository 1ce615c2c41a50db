import AWSClients
import Foundation

/// Compares a serialized request body with a suite's expected body, by meaning for JSON, XML and
/// CBOR, exactly for form-encoded (query, ec2) bodies.
enum BodyComparison {
    /// `nil` when they match, else a description of the difference.
    static func compareRequestBody(actual: Data, expected: String, protocolName: String) -> String? {
        let actualText = String(decoding: actual, as: UTF8.self)
        switch protocolName {
        case "json", "rest-json":
            if expected.isEmpty || actual.isEmpty {
                return actualText == expected ? nil : "'\(actualText)' != expected '\(expected)'"
            }
            // rest-json payloads may be raw text or bytes: botocore's runner compares those exactly.
            guard let actualJSON = try? JSONValue.parse(actual), let expectedJSON = try? JSONValue.parse(expected) else {
                if protocolName == "rest-json" { return actualText == expected ? nil : "'\(actualText)' != expected '\(expected)'" }
                return "not valid JSON: '\(actualText)' (expected '\(expected)')"
            }
            return actualJSON == expectedJSON ? nil : "\(actualText) != expected \(expected)"
        case "rest-xml":
            if expected.isEmpty || actual.isEmpty {
                return actualText == expected ? nil : "'\(actualText)' != expected '\(expected)'"
            }
            return XMLBodyComparison.difference(actual: actual, expected: Data(expected.utf8))
        case "smithy-rpc-v2-cbor":
            guard let expectedBytes = Data(base64Encoded: expected) else { return "expected body is not base64" }
            if expectedBytes.isEmpty || actual.isEmpty {
                return actual == expectedBytes ? nil : "\(actual.count) bytes != expected \(expectedBytes.count) bytes"
            }
            return CBORBodyComparison.difference(actual: actual, expected: expectedBytes)
        default:
            return actualText == expected ? nil : "'\(actualText)' != expected '\(expected)'"
        }
    }
}
