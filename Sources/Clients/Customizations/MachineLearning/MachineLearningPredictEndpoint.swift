/// Sends Amazon Machine Learning's `Predict` to the model's real-time endpoint given in
/// `PredictEndpoint` (scheme and host from it, path from the client's endpoint), as botocore's
/// `switch_host_machinelearning`. The request is signed for the new host. Sent calls only (botocore
/// switches in `request-created`, which presigning does not emit).
///
/// A `PredictEndpoint` that is not a URL with a scheme and a host throws `ParamValidationError`
/// (botocore would send to a broken URL).
struct MachineLearningPredictEndpoint: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == "Predict", !context.isPresigning,
              let target = params["PredictEndpoint"]?.string, !target.isEmpty else { return }
        guard let (scheme, host) = Self.schemeAndHost(of: target) else {
            throw ParamValidationError(problems: [.init(
                kind: .invalidValue, path: "PredictEndpoint",
                message: "Invalid PredictEndpoint \"\(target)\": it must be a URL with a scheme and a host, such as "
                    + "\"https://realtime.machinelearning.us-east-1.amazonaws.com\" (the model's EndpointUrl from GetMLModel).")])
        }
        let (_, _, path) = Self.split(endpoint.url)
        endpoint.url = scheme + "://" + host + path
    }

    /// The scheme and network location (`host[:port]`, with any `user@`) of `url`, as Python's
    /// `urlsplit`; `nil` without either.
    static func schemeAndHost(of url: String) -> (String, String)? {
        let (scheme, host, _) = split(url)
        guard let scheme, !scheme.isEmpty, !host.isEmpty else { return nil }
        return (scheme, host)
    }

    /// `scheme://netloc` and the rest (path, query, fragment) of `url`.
    private static func split(_ url: String) -> (scheme: String?, host: String, rest: String) {
        guard let separator = url.range(of: "://") else { return (nil, "", url) }
        let scheme = String(url[..<separator.lowerBound])
        let afterScheme = url[separator.upperBound...]
        let end = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        return (scheme, String(afterScheme[..<end]), String(afterScheme[end...]))
    }
}
