import Foundation

/// Sends CloudSearch Domain's `Search` as a POST with its query string as a form body, as
/// botocore's `change_get_to_post`: the modeled GET puts the whole search in the URL, which long
/// queries overflow. Sent calls only (botocore changes it in `request-created`, which presigning
/// does not emit); the request is signed as sent.
struct CloudSearchDomainSearchAsPost: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == "Search", !context.isPresigning, request.method == "GET" else { return }
        let uri = request.uri
        guard let question = uri.firstIndex(of: "?") else { return }
        request.method = "POST"
        request.path = String(uri[..<question])
        request.query = []
        request.body = Data(uri[uri.index(after: question)...].utf8)
        request.headers["Content-Type"] = "application/x-www-form-urlencoded"
    }
}
