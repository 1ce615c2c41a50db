import Foundation

/// Reads the message of an SSO OIDC error from OAuth 2.0's `error_description`, as botocore's
/// `_map_oauth2_errors`: the service answers errors the OAuth way
/// (`{"error": "authorization_pending", "error_description": "..."}`), and without this the
/// `ClientError` message would be empty. An error body that already has a `Message` (or
/// `message`) keeps it.
struct SSOOIDCOAuth2ErrorMessage: ServiceCustomization {
    func inspectResponse(_ response: inout HTTPResponse, operation: OperationModel, context: CustomizationContext) throws {
        guard response.statusCode >= 400, !response.body.isEmpty,
              case .object(var body)? = try? JSONValue.parse(response.body),
              let description = body["error_description"], Self.isTruthy(description),
              !Self.isTruthy(body["Message"] ?? body["message"] ?? .null) else { return }
        body["Message"] = description
        var text = ""
        JSONWriter.write(.object(body), to: &text)
        response.body = Data(text.utf8)
    }

    /// Python's truth value of a JSON value (botocore tests with `if value:`).
    static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .double(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .array(let elements): return !elements.isEmpty
        case .object(let object): return !object.isEmpty
        }
    }
}
