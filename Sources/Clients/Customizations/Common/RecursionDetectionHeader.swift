import Foundation

/// Passes the Lambda trace id on as `X-Amzn-Trace-Id`, so AWS can detect a function that calls
/// itself in a loop, as botocore's `add_recursion_detection_header`: only inside Lambda
/// (`AWS_LAMBDA_FUNCTION_NAME` set) when `_X_AMZN_TRACE_ID` is set and not empty, and only when
/// the caller set no `X-Amzn-Trace-Id`. The value is percent-encoded except for letters, digits,
/// `_.-~` and `-=;:+&[]{}"',` (botocore's `quote` safe set). Sent calls only (botocore's
/// `before-call`); the header is never signed.
///
/// The environment is read on every call: the Lambda runtime sets a new trace id for each invocation.
struct RecursionDetectionHeader: ServiceCustomization {
    /// Reads an environment variable now (`nil` when unset); tests inject their own.
    var environment: @Sendable (String) -> String? = { name in getenv(name).map { String(cString: $0) } }

    /// botocore's `safe` characters for the trace id, besides the unreserved ones.
    static let safeCharacters = "-=;:+&[]{}\"',"

    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard !context.isPresigning, environment("AWS_LAMBDA_FUNCTION_NAME") != nil,
              let traceID = environment("_X_AMZN_TRACE_ID"), !traceID.isEmpty,
              request.headers["X-Amzn-Trace-Id"] == nil else { return }
        request.headers["X-Amzn-Trace-Id"] = PercentEncoding.encode(traceID, safe: Self.safeCharacters)
    }
}
