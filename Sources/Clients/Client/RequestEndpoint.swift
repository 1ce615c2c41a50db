import Foundation

/// Where one request goes and how it is signed, as endpoint resolution decides.
package struct RequestEndpoint: Sendable {
    /// Scheme, host, port and base path (`https://bucket.s3.us-east-1.amazonaws.com`).
    package var url: String
    /// Extra headers the rule set asks for.
    package var headers: [String: [String]]
    /// The signing name, when the rule set's auth scheme overrides the model's.
    package var signingName: String?
    /// The signing region, when the auth scheme overrides the client's.
    package var signingRegion: String?
    /// Whether the signer must not encode the path a second time (S3).
    package var disableDoubleEncoding: Bool?
    /// The auth scheme name (`sigv4`, `sigv4a`, `sigv4-s3express`, `none`).
    package var authScheme: String?

    package init(url: String, headers: [String: [String]] = [:], signingName: String? = nil, signingRegion: String? = nil,
                 disableDoubleEncoding: Bool? = nil, authScheme: String? = nil) {
        self.url = url
        self.headers = headers
        self.signingName = signingName
        self.signingRegion = signingRegion
        self.disableDoubleEncoding = disableDoubleEncoding
        self.authScheme = authScheme
    }

    /// The request URL: this endpoint joined with the serialized path, query and host prefix,
    /// as botocore's `_urljoin`.
    package func requestURL(for request: SerializedRequest) -> URL? {
        var text = url
        var scheme = ""
        if let range = text.range(of: "://") {
            scheme = String(text[..<range.upperBound])
            text = String(text[range.upperBound...])
        }
        var netloc = text
        var basePath = ""
        var baseQuery = ""
        if let slash = text.firstIndex(of: "/") {
            netloc = String(text[..<slash])
            basePath = String(text[slash...])
        }
        if let question = basePath.firstIndex(of: "?") {
            baseQuery = String(basePath[question...])
            basePath = String(basePath[..<question])
        }
        let uri = request.uri
        var path: String
        if uri.isEmpty || uri == "/" {
            path = basePath.isEmpty ? "/" : basePath
        } else if basePath.hasSuffix("/"), uri.hasPrefix("/") {
            path = String(basePath.dropLast()) + uri
        } else {
            path = basePath + uri
        }
        if !baseQuery.isEmpty { path += (path.contains("?") ? "&" : "") + baseQuery.dropFirst() }
        return URL(string: scheme + (request.hostPrefix ?? "") + netloc + path)
    }
}

/// Resolves the endpoint of each request (from the rule set, or a fixed URL).
package protocol EndpointProviding: Sendable {
    /// The endpoint for `operation` called with `params`.
    func endpoint(for operation: OperationModel, params: Document) throws -> RequestEndpoint
    /// The endpoint for a request that is sent (`presigning` false) or presigned, which may differ
    /// (S3 presigned URLs use the global endpoint, as botocore's).
    func endpoint(for operation: OperationModel, params: Document, presigning: Bool) throws -> RequestEndpoint
}

extension EndpointProviding {
    package func endpoint(for operation: OperationModel, params: Document, presigning: Bool) throws -> RequestEndpoint {
        try endpoint(for: operation, params: params)
    }
}

/// Signs a finished request.
package protocol RequestSigning: Sendable {
    /// Adds the signature (and date, token, payload hash headers) to `request`.
    func sign(_ request: inout HTTPRequest, operation: OperationModel, endpoint: RequestEndpoint) async throws
}
